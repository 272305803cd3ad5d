using System.Text.RegularExpressions;

namespace CeasefireMonitor.Extraction.Dates;

/// <summary>The date expressions of English news copy; weekday and month names are matched capitalised only.</summary>
internal static partial class DatePatterns
{
    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b")]
    public static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d/.])(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4}|\d{2})(?![\d/])")]
    public static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + Calendar.MonthPattern + @")\b\.?(?:,?\s+(?<y>\d{4})\b)?")]
    public static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<m>" + Calendar.MonthPattern + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?![\d,]\d)\b(?:,?\s+(?<y>\d{4})\b)?")]
    public static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<m>" + Calendar.MonthPattern + @")\.?,?\s+(?<y>\d{4})\b")]
    public static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<m>" + Calendar.MonthPattern + @")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?<y>\d{4})\b")]
    public static partial Regex FullDate();

    // "the truce of January" dates the truce by its month, as "in January" would.
    [GeneratedRegex(@"\b(?:(?<part>[Mm]id|[Ee]arly|[Ll]ate)[- ](?:in\s+)?|(?<prep>[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ll]ast|[Tt]his|[Nn]ext|(?<=\b(?:cease-?fire|truce|armistice|deal|agreement|accord|talks|summit)\s+)of)\s+)(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)(?:\s+(?<rel>last|this)\s+year\b)?")]
    public static partial Regex BareMonth();

    [GeneratedRegex(@"(?<![\d,.$£€-])(?<y>1[89]\d{2}|20\d{2})(?:\s?[-–]\s?(?<end>\d{4}|\d{2}))?(?![\d%]|[,.]\d)")]
    public static partial Regex Year();

    [GeneratedRegex(@"\b(?:the\s+)?(?<y>1[89]\d0|20\d0)s\b")]
    public static partial Regex Decade();

    // "on Saturday and Sunday" starts on the first day (a night "from Sunday to Monday" is told by its second); "on Monday last week" is that weekday of the week before publication's.
    [GeneratedRegex(@"\b(?:(?<mod>last|this|next|on|late|early)\s+)?(?<w>" + Calendar.WeekdayPattern + @")(?:\s+(?:night|morning|evening|afternoon))?(?:\s+(?<prev>(?:of\s+)?last\s+week))?(?:\s+(?:and|or)\s+(?:(?:early|late)\s+)?" + Calendar.WeekdayPattern + @"(?:\s+(?:night|morning|evening|afternoon))?)?\b")]
    public static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?<today>today|tonight|this (?:morning|afternoon|evening)|earlier today|overnight|in the early hours(?! of))|(?<yesterday>yesterday|last night)|(?<before>the (?:day|night) before|the previous (?:day|night|evening|morning|afternoon))|(?<after>the (?:next|following) (?:day|morning|night)|a day later)|(?<thisweek>earlier this week|this week)|(?<lastweek>last week)|(?<thismonth>earlier this month|this month)|(?<lastmonth>last month)|(?<thisyear>earlier this year|this year)|(?<lastyear>last year))\b", RegexOptions.IgnoreCase)]
    public static partial Regex Relative();

    [GeneratedRegex(@"\b(?:for\s+)?(?:a|the)\s+(?<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|successive\s+)?day(?:\s+running|\s+in a row)?(?:\s+on\s+(?<w>" + Calendar.WeekdayPattern + @"))?\b", RegexOptions.IgnoreCase)]
    public static partial Regex NthDay();

    [GeneratedRegex(@"\b(?:in|since|by|until|till|during|from|through|of|the|a|an|early|late|mid|before|after|around|circa|between|and|to)[\s-]+$", RegexOptions.IgnoreCase)]
    public static partial Regex YearLead();

    [GeneratedRegex(@"^\s*(?:-\s*)?(?:war|wars|conflict|truce|ceasefire|cease-fire|armistice|agreement|accord|accords|deal|peace|fighting|clashes|offensive|invasion|coup|election|elections|hostilities|uprising|revolution|genocide|massacre|crisis|talks|treaty|protests)\b", RegexOptions.IgnoreCase)]
    public static partial Regex YearTail();

    // "plans to host a summit on Sunday", "were due to resume on 15 June": a date governed by a future or a schedule dates no event.
    [GeneratedRegex(@"\b(?:will|(?:is|are|was|were|had been)\s+(?:due|expected|scheduled|set|planned|poised)\s+to|plans?\s+to|intends?\s+to|(?:is|are)\s+to)\b[^,;:.]{0,90}$", RegexOptions.IgnoreCase)]
    public static partial Regex FutureLead();

    [GeneratedRegex(@"\bsince\s+(?:the\s+)?(?:(?:start|beginning|end|middle|spring|summer|autumn|fall|winter)\s+of\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex SinceLead();

    [GeneratedRegex(@"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?(?:began|started|erupted|broke out|flared|was (?:announced|signed|agreed)|took effect|came into (?:force|effect))\s+(?:on\s+|in\s+|at\s+|last\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex SinceClauseLead();

    // "since the two armies renewed their truce in 2021": any since-clause dates its own verb, never the main clause's event.
    [GeneratedRegex(@"\bsince\s+(?:[\w'’-]+\s+){1,5}?(?:\w+ed|began|begun|broke|took|came|went|won|lost|fell|met|made|signed|struck|fought|held|left|saw|rose|sent)\b(?:\s+[\w'’-]+){0,6}?\s+(?:on|in|at|of|last|from|during)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    public static partial Regex SinceAnyClauseLead();
}
