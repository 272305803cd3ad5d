using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Benchmarks.Corpus;

/// <summary>
/// Sentence templates for each event type. Slots: {A} {B} the parties, {P} a place, {D} a date phrase,
/// {N} a death toll, {W} a number of wounded, {M} a mediator, {S} a source, {Y} an earlier year.
/// </summary>
public static class SentenceBank
{
    public static IReadOnlyDictionary<EventType, string[]> ByType { get; } = new Dictionary<EventType, string[]>
    {
        [EventType.ClashReported] =
        [
            "{A} and {B} fought for control of {P} {D}, {S}.",
            "Heavy clashes broke out between {A} and {B} near {P} {D}.",
            "{A} shelled positions held by {B} around {P} {D}, {S}.",
            "{B} launched a drone strike on a base of {A} outside {P} {D}.",
            "Residents of {P} reported hours of gunfire as {A} and {B} exchanged artillery fire {D}.",
            "{A} said it had repelled an assault by {B} on the outskirts of {P} {D}.",
            "Fighting between {A} and {B} spread to the villages around {P} {D}, {S}.",
            "{B} ambushed a supply convoy of {A} on the road to {P} {D}.",
            "{A} carried out air strikes on {B} positions in {P} {D}, {S}.",
            "Skirmishes between {A} and {B} were reported along the front line north of {P} {D}.",
        ],
        [EventType.CasualtiesReported] =
        [
            "{N} people were killed and {W} wounded when {A} shelled {P} {D}, {S}.",
            "{N} soldiers of {A} died in an attack by {B} near {P} {D}.",
            "Hospitals in {P} treated {W} injured people after {A} and {B} clashed {D}, {S}.",
            "{A} said {N} fighters of {B} had been killed in the battle for {P} {D}.",
            "A strike by {B} on a market in {P} {D} killed {N} civilians and injured {W} others, {S}.",
            "{N} people lost their lives when fighting between {A} and {B} reached {P} {D}.",
            "The bombardment of {P} by {A} {D} left {N} dead, {S}.",
            "{W} people were wounded in shelling by {B} on residential districts of {P} {D}.",
        ],
        [EventType.CeasefireCalled] =
        [
            "{M} called on {A} and {B} to agree to an immediate ceasefire.",
            "{M} urged both sides to halt the fighting around {P} and return to talks.",
            "In a statement {D}, {M} appealed for a humanitarian pause to let aid convoys reach {P}.",
            "{M} demanded an end to the shelling of {P}, warning of a humanitarian catastrophe.",
            "Officials from {M} pressed for a cessation of hostilities in calls with both sides {D}.",
            "{M} asked {A} and {B} to show restraint and to de-escalate.",
            "{M} renewed its call for a truce that would cover {P} and the surrounding districts.",
        ],
        [EventType.MediationOffered] =
        [
            "{M} offered to mediate between {A} and {B}.",
            "{M} said it was ready to host talks between the two sides {D}.",
            "Envoys from {M} brokered talks between {A} and {B} {D}, {S}.",
            "{M} said it was prepared to facilitate negotiations to restore the ceasefire in {P}.",
            "Diplomats said {M} had stepped up its mediation after the latest round of clashes.",
            "{M} renewed its offer of good offices to bring {A} and {B} to the negotiating table.",
        ],
        [EventType.CeasefireAgreed] =
        [
            "{A} and {B} agreed to a ceasefire {D}, after talks mediated by {M}.",
            "A truce between {A} and {B} took effect at midnight {D}.",
            "{A} and {B} signed a cessation of hostilities agreement at talks hosted by {M} {D}.",
            "{A} and {B} reached a ceasefire deal covering {P} and nearby districts, {S}.",
            "Negotiators for {A} and {B} announced a humanitarian pause of 72 hours {D}.",
            "A ceasefire was agreed {D} between {A} and {B}, {S}.",
        ],
        [EventType.CeasefireViolated] =
        [
            "{A} accused {B} of violating the ceasefire by shelling {P} {D}.",
            "{B} said {A} had breached the truce with a drone strike near {P} {D}.",
            "Despite the ceasefire, fighting resumed in {P} {D}, {S}.",
            "Monitors recorded repeated ceasefire violations around {P} {D}.",
            "Both sides traded accusations of breaking the truce after gunfire near {P} {D}.",
        ],
        [EventType.SurrenderDeclared] =
        [
            "Hundreds of fighters of {B} surrendered to {A} in {P} {D}, {S}.",
            "The commander of {B} in {P} announced {D} that his men would lay down their arms.",
            "{B} agreed to disarm under a deal with {A}, {S}.",
            "A garrison of {A} surrendered after a long siege of {P}, {S}.",
        ],
        [EventType.HostilitiesEnded] =
        [
            "{A} declared the end of its military operation in {P} {D}.",
            "{B} said it had halted its offensive on {P} {D}.",
            "Officials in {P} said the fighting had ended {D}, and shops began to reopen.",
            "{A} announced {D} that it had ended its offensive around {P}.",
            "The war between {A} and {B} is over, {M} said {D}.",
        ],
    };

    /// <summary>Earlier history that the extractor should tell apart from current events.</summary>
    public static IReadOnlyList<string> Background { get; } =
    [
        "A {Y} ceasefire between the two sides collapsed within months.",
        "The two sides last fought a major battle for {P} in {Y}.",
        "Tens of thousands of people have been displaced since the conflict began in {Y}.",
        "Talks hosted by {M} in {Y} produced a framework that was never carried out.",
    ];

    public static IReadOnlyList<string> Sources { get; } =
    [
        "witnesses said", "local officials said", "according to a hospital official", "a military spokesperson said",
        "residents told reporters", "a medical charity said", "state media reported", "according to a monitoring group",
        "a security source said", "according to aid workers in the area",
    ];
}
