namespace TeamBot.Microsoft365;

/// <summary>What TeamBot was doing in Microsoft Graph when it failed; the same status means something else per step.</summary>
internal enum GraphStep
{
    Upload,
    PdfConversion,
}
