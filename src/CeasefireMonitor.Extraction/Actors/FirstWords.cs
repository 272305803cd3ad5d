namespace CeasefireMonitor.Extraction.Actors;

/// <summary>
/// A cheap test a token passes before its forms are looked up: a form's first word may match it only with the same length, the same
/// first letter (or its capital) and the same last letter, so most words of a sentence ("the", "said") are refused without hashing them.
/// </summary>
internal sealed class FirstWords
{
    private const int Bits = 1 << 16;
    private readonly ulong[] keys = new ulong[Bits / 64];

    public void Add(string word)
    {
        Set(Key(word.Length, word[0], word[^1]));
        // A leading lower-case letter may be capitalised in the text (FormIndex.SameWord); a one-letter word's last letter is its first.
        var upper = char.ToUpperInvariant(word[0]);
        if (char.IsLower(word[0])) Set(Key(word.Length, upper, word.Length == 1 ? upper : word[^1]));
    }

    public bool MayStart(ReadOnlySpan<char> token)
    {
        var key = Key(token.Length, token[0], token[^1]);
        return (keys[key >> 6] & (1UL << key)) != 0;
    }

    private void Set(int key) => keys[key >> 6] |= 1UL << key;

    private static int Key(int length, char first, char last) => (int)(((uint)length * 0x9E3779B1u ^ first * 0x85EBCA6Bu ^ last * 0xC2B2AE35u) >> 16);
}
