using System.Text.RegularExpressions;

namespace TeamBot.Tests.PlanDocuments;

/// <summary>A rendered sample: the .docx, and its PDF as text (layout kept, so table rows stay on one line), fonts and page count.</summary>
public sealed record RenderedSample(byte[] Docx, string Text, string Fonts, int Pages)
{
    /// <summary>Table rows come out as one line with runs of spaces between the cells.</summary>
    public void HasRow(params string[] cells) =>
        Assert.Matches(new Regex(@"(?m)^\s*" + string.Join(@"\s+", cells.Select(Regex.Escape)) + @"\s*$"), Text);

    /// <summary>A heading is a line of its own.</summary>
    public void HasHeading(string heading) =>
        Assert.Matches(new Regex(@"(?m)^\s*" + Regex.Escape(heading) + @"\s*$"), Text);
}
