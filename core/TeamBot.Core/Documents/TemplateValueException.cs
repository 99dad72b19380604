namespace TeamBot.Core.Documents;

/// <summary>A formatting function cannot read the value it was given; the message is Dutch and names the value.</summary>
public sealed class TemplateValueException : ArgumentException
{
    public TemplateValueException()
    {
    }

    public TemplateValueException(string message)
        : base(message)
    {
    }

    public TemplateValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
