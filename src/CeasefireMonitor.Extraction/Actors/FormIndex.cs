namespace CeasefireMonitor.Extraction.Actors;

/// <summary>Every way of naming an actor, keyed by first word; the longest form at a position wins.</summary>
internal sealed class FormIndex
{
    private readonly Dictionary<string, List<Form>> byFirst;
    private readonly Dictionary<string, List<Form>>.AlternateLookup<ReadOnlySpan<char>> byFirstSpan;
    private readonly FirstWords firstWords = new();

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
        firstWords.Add(words[0]);
        var same = list.FirstOrDefault(f => f.Words.SequenceEqual(words, StringComparer.Ordinal));
        if (same is not null)
        {
            if (same.Actor != actor && same.Actor.Kind == ActorKind.ArmedGroup && actor.Kind == ActorKind.ArmedGroup && !same.Others.Contains(actor)) same.Others.Add(actor);
            return;
        }
        list.Add(new Form(words, actor, kind));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    // Words are read in one pass over the text; the words after one only when a form may start there.
    public List<ActorMention> Find(string text)
    {
        var found = new List<ActorMention>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            if (i == text.Length) return found;
            var start = i;
            while (++i < text.Length && char.IsLetterOrDigit(text[i])) { }
            var match = Match(text, new Token(start, i - start), out var last);
            if (match is null) continue;
            found.Add(new ActorMention(match.Actor, start, last.End - start, match.Kind) { Alternatives = match.Others.Count == 0 ? null : match.Others });
            i = last.End;
        }
    }

    private Form? Match(string text, Token first, out Token last)
    {
        last = first;
        var word = text.AsSpan(first.Start, first.Length);
        if (!firstWords.MayStart(word) || !byFirstSpan.TryGetValue(word, out var forms)) return null;
        foreach (var form in forms)
            if (Matches(text, first, form.Words, out last)) return form;
        return null;
    }

    // The form's words, one per token from the first on.
    private static bool Matches(string text, Token first, string[] words, out Token last)
    {
        Token? token = first;
        last = first;
        for (var k = 0; k < words.Length; k++)
        {
            if (token is not { } t || !SameWord(text.AsSpan(t.Start, t.Length), words[k], k == 0)) return false;
            last = t;
            token = Token.Next(text, t.End);
        }
        return true;
    }

    // Names are proper nouns: exact case, except that a leading lower-case letter may be capitalised.
    private static bool SameWord(ReadOnlySpan<char> word, string form, bool first)
    {
        if (word.Length != form.Length) return false;
        if (word.SequenceEqual(form)) return true;
        return (first || form.Length > 0) && char.IsLower(form[0]) && char.ToUpperInvariant(form[0]) == word[0] && word[1..].SequenceEqual(form.AsSpan(1));
    }
}
