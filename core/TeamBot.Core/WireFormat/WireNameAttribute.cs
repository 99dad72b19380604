namespace TeamBot.Core.WireFormat;

/// <summary>Overrides the snake_case wire name of one enum member (the Dutch category names, say).</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class WireNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
