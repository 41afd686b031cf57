namespace WarmeOverdracht.Web.Features.Reminders;

/// <summary>Settings of the section "Reminders": the mail the day before each handover day.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    public bool Enabled { get; set; } = true;

    /// <summary>From this hour (Europe/Amsterdam) on the day before, the reminders go out.</summary>
    public int SendFromHour { get; set; } = 8;

    /// <summary>How often the service looks whether reminders are due.</summary>
    public int CheckIntervalSeconds { get; set; } = 300;
}
