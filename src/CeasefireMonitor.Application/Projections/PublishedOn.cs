using CeasefireMonitor.Domain.Events;

namespace CeasefireMonitor.Application.Projections;

public static class PublishedOn
{
    /// <summary>When the world could first know of this event: the publication date of the article that reported it.</summary>
    public static DateOnly? Of(object e) => e switch
    {
        IReportedEvent r => r.Report.PublishedOn,
        PhaseOpened o => o.PublishedOn,
        PhaseStartRevised r => r.PublishedOn,
        ArticleIngested a => a.PublishedOn,
        _ => null,
    };
}
