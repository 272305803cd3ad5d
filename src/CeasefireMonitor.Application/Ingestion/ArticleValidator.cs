using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CeasefireMonitor.Application.Ingestion;

/// <summary>Checks an input before anything is written: size, encoding, content and publication date.</summary>
public static class ArticleValidator
{
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (ValidArticle? Article, string? Reason) Validate(ArticleInput input, DateOnly today)
    {
        if (input.Content.Length == 0) return (null, "the file is empty");
        if (input.Content.Length > MaxBytes) return (null, $"the article is {input.Content.Length:N0} bytes, over the limit of {MaxBytes:N0} bytes (2 MB)");
        if (TryDecode(input.Content) is not { } text) return (null, "the file is not valid UTF-8 text");
        if (LooksBinary(text)) return (null, "the file looks binary (control characters), not article text");
        if (string.IsNullOrWhiteSpace(text)) return (null, "the article has no text");
        if (string.IsNullOrWhiteSpace(input.Published)) return (null, "the publication date is missing");
        if (ParseDate(input.Published) is not { } published) return (null, $"the publication date '{input.Published}' is not a date of the form YYYY-MM-DD");
        if (published > today.AddDays(1)) return (null, $"the publication date {published:yyyy-MM-dd} is in the future");
        return (new ValidArticle(IdOf(text), text, published, input), null);
    }

    /// <summary>The article's identity: the hash of its text, so the same text is the same article whatever its file name.</summary>
    public static string IdOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static string? TryDecode(byte[] content)
    {
        try
        {
            var text = StrictUtf8.GetString(content);
            return (text.StartsWith('\uFEFF') ? text[1..] : text).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException) { return null; }
    }

    private static bool LooksBinary(string text)
    {
        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        return text.Contains('\0', StringComparison.Ordinal) || controls > text.Length / 100;
    }

    // Accepts a plain date or the start of an ISO timestamp ("2020-10-01 08:00:00", "2020-10-01T08:00:00Z").
    private static DateOnly? ParseDate(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > 10 && (trimmed[10] is ' ' or 'T')) trimmed = trimmed[..10];
        return DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
