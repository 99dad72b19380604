using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamBot.Core.Documents;
using TeamBot.Core.Regions;

namespace TeamBot.Tests.Support;

/// <summary>The region calendar (Europe/Amsterdam, as configured by default) and renderer on a given clock.</summary>
public static class TestCalendar
{
    public static RegionCalendar On(TimeProvider clock) => new(Options.Create(new RegionOptions()), clock);

    public static RegionCalendar At(DateTimeOffset now) => On(new FakeTimeProvider(now));

    public static DocxTemplateRenderer Renderer() => new(Options.Create(new DocumentRenderOptions()), TimeProvider.System);
}
