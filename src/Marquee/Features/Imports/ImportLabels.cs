using Marquee.Data.ArticleImports;
using Marquee.Web;

namespace Marquee.Features.Imports;

/// <summary>Words for import and proposal states on the editor pages.</summary>
public static class ImportLabels
{
    public static string Of(ImportStatus status) => status switch
    {
        ImportStatus.Pending => "Pending",
        ImportStatus.DraftCreated => "Draft created",
        _ => "Discarded",
    };

    public static string Of(ProposalStatus status, bool automatic) => status switch
    {
        ProposalStatus.Accepted => automatic ? "Linked (corroborated)" : "Accepted",
        ProposalStatus.Rejected => "Rejected",
        _ => "Proposed",
    };
}
