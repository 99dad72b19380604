using System.Diagnostics;

namespace TeamBot.Tests.Support;

/// <summary>Runs the built `teambot` program as a user would, and captures what it prints.</summary>
public static class TeamBotProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(params string[] args) => RunWithInputAsync(standardInput: null, args);

    public static async Task<Result> RunWithInputAsync(string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "teambot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("TEAMBOT_DATA");
        using var process = Process.Start(start)!;
        if (standardInput is not null) await process.StandardInput.WriteAsync(standardInput);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
