using Microsoft.Extensions.DependencyInjection.Extensions;
using ReflectBot.Commands.Cards;
using ReflectBot.Commands.Checkins;
using ReflectBot.Commands.Grounding;
using ReflectBot.Commands.Pages;
using ReflectBot.Commands.Privacy;
using ReflectBot.Commands.PromptOfTheDay;
using ReflectBot.Commands.Quiz;
using ReflectBot.Commands.Safety;
using ReflectBot.Core.Checkins;
using ReflectBot.Core.Content;
using ReflectBot.Core.Quiz;
using ReflectBot.Data;
using ReflectBot.Discord;
using ReflectBot.Discord.Gateway;
using ReflectBot.Discord.Rest;
using ReflectBot.Interactions;
using ReflectBot.Scheduling;
using ReflectBot.Servers;

namespace ReflectBot.Hosting;

/// <summary>Everything the bot is made of, in the order it starts.</summary>
public static class ApplicationServiceExtensions
{
    public static HostApplicationBuilder AddApplicationServices(this HostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;

        // Local mode brings its own clock, which the playground can move forward.
        services.TryAddSingleton(TimeProvider.System);

        services.AddValidatedOptions<DiscordClientOptions>(configuration, DiscordClientOptions.SectionName);
        services.AddValidatedOptions<CommandRegistrationOptions>(configuration, CommandRegistrationOptions.SectionName);
        services.AddValidatedOptions<BotOptions>(configuration, BotOptions.SectionName);
        services.AddValidatedOptions<UserLimitsOptions>(configuration, UserLimitsOptions.SectionName);
        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.SectionName)
            .PostConfigure(o => o.DatabasePath = Path.GetFullPath(o.DatabasePath, contentRoot));
        services.AddValidatedOptions<ContentOptions>(configuration, ContentOptions.SectionName)
            .PostConfigure(o => o.PromptsPath = Path.GetFullPath(o.PromptsPath, contentRoot));
        services.AddValidatedOptions<QuizOptions>(configuration, QuizOptions.SectionName);
        services.AddValidatedOptions<CheckinOptions>(configuration, CheckinOptions.SectionName);

        // Storage and content are ready before the bot connects: hosted services start in order.
        services.AddReflectBotData();
        services.AddReflectBotContent();

        services.AddDiscordRest();
        services.AddDiscordGateway();
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection(GatewayOptions.SectionName));
        services.AddSingleton<IGatewayUrlProvider, RestGatewayUrlProvider>();

        services.AddInteractions();
        services.AddPages();
        services.AddQuiz();
        services.AddCheckins();
        services.AddGrounding();
        services.AddPromptOfTheDay();
        services.AddCards();
        services.AddSafety();
        services.AddPrivacy();
        services.AddServerAccess();

        services.AddHostedService<DiscordBotService>();

        // Sends check-ins and server prompts; started after storage and content are ready.
        services.AddScheduling();
        return builder;
    }
}
