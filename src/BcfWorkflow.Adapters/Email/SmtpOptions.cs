using MailKit.Security;

namespace BcfWorkflow.Adapters.Email;

/// <summary>An SMTP server (configuration section <c>Smtp</c>); used when <see cref="Host"/> is set.</summary>
public sealed record SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; init; }
    public int Port { get; init; } = 587;
    public string? User { get; init; }
    public string? Password { get; init; }

    /// <summary>Overrides <see cref="EmailOptions.From"/> for this server.</summary>
    public string? From { get; init; }

    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.Auto;
}
