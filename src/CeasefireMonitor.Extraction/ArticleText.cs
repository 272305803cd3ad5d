namespace CeasefireMonitor.Extraction;

/// <summary>How an outlet writes numeric dates such as 01/10/2020.</summary>
public enum DateOrder { Unknown, DayFirst, MonthFirst }

/// <summary>An article to read: its id, text and publication date, against which relative dates resolve.</summary>
public sealed record ArticleText(string ArticleId, string Text, DateOnly PublishedOn, string? Title = null, DateOrder DateOrder = DateOrder.Unknown);
