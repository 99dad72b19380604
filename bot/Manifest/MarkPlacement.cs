namespace TeamBot.Bot.Manifest;

/// <summary>Where the <see cref="TeamBotMark"/> sits on an icon's canvas: its top-left corner and its size, in canvas units.</summary>
internal sealed record MarkPlacement(double Left, double Top, double Scale)
{
    public bool Covers(double x, double y) => TeamBotMark.Covers((x - Left) / Scale, (y - Top) / Scale);
}
