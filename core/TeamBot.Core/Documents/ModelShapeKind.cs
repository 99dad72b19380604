namespace TeamBot.Core.Documents;

/// <summary>The kinds of <see cref="ModelShape"/>.</summary>
internal enum ModelShapeKind
{
    /// <summary>Anything may be read: the model does not say.</summary>
    Unknown,

    /// <summary>A single value: text, a number, a date, yes or no.</summary>
    Value,

    Object,

    List,
}
