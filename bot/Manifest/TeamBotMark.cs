namespace TeamBot.Bot.Manifest;

/// <summary>
/// The TeamBot mark: a speech bubble with a tail and a "T" cut out of it, drawn in a unit box
/// (x and y from 0 to 1, y downwards) so both icon sizes share one shape.
/// </summary>
internal static class TeamBotMark
{
    private const double BubbleBottom = 0.78;
    private const double BubbleCornerRadius = 0.2;

    public static bool Covers(double x, double y) => InBubble(x, y) && !InLetterT(x, y);

    public static bool InBubble(double x, double y) =>
        InRoundedRectangle(x, y, 0, 0, 1, BubbleBottom, BubbleCornerRadius) ||
        InTriangle(x, y, (0.18, 0.70), (0.46, 0.70), (0.14, 0.98));

    public static bool InLetterT(double x, double y) =>
        InRectangle(x, y, 0.20, 0.14, 0.80, 0.29) ||
        InRectangle(x, y, 0.42, 0.14, 0.58, 0.64);

    /// <summary>The rounded square a full-colour icon sits on, in the same unit coordinates.</summary>
    public static bool InTile(double x, double y, double cornerRadius) => InRoundedRectangle(x, y, 0, 0, 1, 1, cornerRadius);

    private static bool InRectangle(double x, double y, double left, double top, double right, double bottom) =>
        x >= left && x <= right && y >= top && y <= bottom;

    private static bool InRoundedRectangle(double x, double y, double left, double top, double right, double bottom, double radius)
    {
        if (!InRectangle(x, y, left, top, right, bottom)) return false;
        // Distance to the rectangle shrunk by the radius: zero inside it, within the radius on the rounded rim.
        var dx = x - Math.Clamp(x, left + radius, right - radius);
        var dy = y - Math.Clamp(y, top + radius, bottom - radius);
        return dx * dx + dy * dy <= radius * radius;
    }

    private static bool InTriangle(double x, double y, (double X, double Y) a, (double X, double Y) b, (double X, double Y) c)
    {
        var ab = Cross(a, b, x, y);
        var bc = Cross(b, c, x, y);
        var ca = Cross(c, a, x, y);
        // Inside when the point lies on the same side of all three edges.
        return (ab >= 0 && bc >= 0 && ca >= 0) || (ab <= 0 && bc <= 0 && ca <= 0);
    }

    private static double Cross((double X, double Y) from, (double X, double Y) to, double x, double y) =>
        (to.X - from.X) * (y - from.Y) - (to.Y - from.Y) * (x - from.X);
}
