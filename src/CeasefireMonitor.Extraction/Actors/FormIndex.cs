namespace CeasefireMonitor.Extraction.Actors;

/// <summary>Every way of naming an actor, keyed by first word; the longest form at a position wins.</summary>
internal sealed class FormIndex
{
    private readonly Dictionary<string, List<Form>> byFirst;
    private readonly Dictionary<string, List<Form>>.AlternateLookup<ReadOnlySpan<char>> byFirstSpan;

    public FormIndex()
    {
        byFirst = new(StringComparer.OrdinalIgnoreCase);
        // Tokens are looked up as spans of the sentence, so no word is copied to find its forms.
        byFirstSpan = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Others: armed groups of other states sharing the form ("Maoists" in India and in Nepal); the page settles which one it means.
    private sealed record Form(string[] Words, Actor Actor, MentionForm Kind)
    {
        public List<Actor> Others { get; } = [];
    }

    public void Add(string? surface, Actor actor, MentionForm kind)
    {
        if (string.IsNullOrWhiteSpace(surface)) return;
        var text = surface.Trim();
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        var words = Token.Of(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();
        if (words.Length == 0 || (words.Length == 1 && words[0].Length < 2)) return;
        if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
        var same = list.FirstOrDefault(f => f.Words.SequenceEqual(words, StringComparer.Ordinal));
        if (same is not null)
        {
            if (same.Actor != actor && same.Actor.Kind == ActorKind.ArmedGroup && actor.Kind == ActorKind.ArmedGroup && !same.Others.Contains(actor)) same.Others.Add(actor);
            return;
        }
        list.Add(new Form(words, actor, kind));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public List<ActorMention> Find(string text)
    {
        var tokens = Token.Of(text);
        var found = new List<ActorMention>();
        for (var i = 0; i < tokens.Count;)
        {
            var match = Match(text, tokens, i);
            if (match is null) { i++; continue; }
            var last = tokens[i + match.Words.Length - 1];
            found.Add(new ActorMention(match.Actor, tokens[i].Start, last.End - tokens[i].Start, match.Kind) { Alternatives = match.Others.Count == 0 ? null : match.Others });
            i += match.Words.Length;
        }
        return found;
    }

    private Form? Match(string text, List<Token> tokens, int at)
    {
        if (!byFirstSpan.TryGetValue(text.AsSpan(tokens[at].Start, tokens[at].Length), out var forms)) return null;
        foreach (var form in forms)
        {
            if (at + form.Words.Length > tokens.Count) continue;
            var ok = true;
            for (var k = 0; k < form.Words.Length && ok; k++)
                ok = SameWord(text.AsSpan(tokens[at + k].Start, tokens[at + k].Length), form.Words[k], k == 0);
            if (ok) return form;
        }
        return null;
    }

    // Names are proper nouns: exact case, except that a leading lower-case letter may be capitalised.
    private static bool SameWord(ReadOnlySpan<char> word, string form, bool first)
    {
        if (word.Length != form.Length) return false;
        if (word.SequenceEqual(form)) return true;
        return (first || form.Length > 0) && char.IsLower(form[0]) && char.ToUpperInvariant(form[0]) == word[0] && word[1..].SequenceEqual(form.AsSpan(1));
    }
}
