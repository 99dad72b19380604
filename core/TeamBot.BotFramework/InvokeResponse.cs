namespace TeamBot.BotFramework;

/// <summary>The HTTP answer to an invoke activity: the status code and the JSON body.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);
