using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Infrastructure.ElkImports;

/// <summary>
/// Brings the rows of an export into the database context: schools, PO phone lines, pupils, flags and
/// consents. Data entered in the application (a VO request, a VO consent, a flag set by the PO, an edited
/// e-mail address) is never overwritten. Conflicts are reported with the value that was kept. The caller
/// decides whether to save (confirm) or not (preview).
/// </summary>
public sealed class ElkImportApplier(WarmeOverdrachtDbContext db, TimeProvider clock)
{
    private Dictionary<string, School> schools = [];
    private Dictionary<string, Pupil> pupils = [];
    private ElkFileConflicts conflicts = new();

    /// <summary>New pupils not yet written, when they are written in bulk (see <see cref="ApplyAsync"/>).</summary>
    private readonly List<Pupil> pendingPupils = [];
    private bool writeNewPupilsInBulk;

    /// <summary>Rows between intermediate saves when saving: smaller change sets keep memory down.</summary>
    private const int SaveEvery = 2000;

    /// <summary>
    /// Applies <paramref name="read"/> to the context. With <paramref name="saveAsYouGo"/> the changes are
    /// saved in steps of <see cref="SaveEvery"/> rows, which only makes sense inside the caller's
    /// transaction; the caller saves the rest and commits. On SQLite, new pupils with their flag and consent
    /// are then not tracked but written in bulk with prepared statements (<see cref="SqliteRowInserter{T}"/>)
    /// in the same transaction, after each step's SaveChanges has given new schools and lines their ids.
    /// </summary>
    public async Task<ImportOutcome> ApplyAsync(
        int schoolYearId, ElkReadResult read, CancellationToken cancellationToken, bool saveAsYouGo = false)
    {
        ArgumentNullException.ThrowIfNull(read);
        await LoadAsync(schoolYearId, cancellationToken);
        var outcome = new ImportOutcome { DataRowCount = read.DataRowCount };
        outcome.Problems.AddRange(read.Problems);
        conflicts = new ElkFileConflicts();
        pendingPupils.Clear();
        writeNewPupilsInBulk = saveAsYouGo && db.Database.IsSqlite() && db.Database.CurrentTransaction is not null;

        foreach (var row in read.Rows)
        {
            var status = ApplyRow(schoolYearId, row, outcome);
            outcome.Rows.Add(new ElkRowOutcome(row.RowNumber, row.ElkNumber, status));
            if (saveAsYouGo && outcome.Rows.Count % SaveEvery == 0)
            {
                await SaveStepAsync(read.Rows, outcome.Rows.Count, cancellationToken);
            }
        }

        if (pendingPupils.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            WritePendingPupils();
        }

        AddRejectedRows(read, outcome);
        MarkMissing(read, outcome);
        outcome.Problems.Sort((a, b) => a.RowNumber.CompareTo(b.RowNumber));
        outcome.Rows.Sort((a, b) => a.RowNumber.CompareTo(b.RowNumber));
        return outcome;
    }

    /// <summary>
    /// Saves the changes so far and stops tracking the pupils of the saved rows: each ELK number occurs
    /// once in <see cref="ElkReadResult.Rows"/>, so they are not touched again. Schools and lines stay.
    /// </summary>
    private async Task SaveStepAsync(IReadOnlyList<ElkRow> rows, int applied, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        WritePendingPupils();
        for (var index = applied - SaveEvery; index < applied; index++)
        {
            if (pupils.Remove(rows[index].ElkNumber, out var pupil))
            {
                Detach(pupil);
            }
        }
    }

    /// <summary>
    /// Writes the new pupils of this step with their flag and consent; their schools and line were saved
    /// just before, so the foreign keys are known.
    /// </summary>
    private void WritePendingPupils()
    {
        if (pendingPupils.Count == 0)
        {
            return;
        }

        using var pupilRows = new SqliteRowInserter<Pupil>(db);
        using var requestRows = new SqliteRowInserter<HandoverRequest>(db);
        using var consentRows = new SqliteRowInserter<Consent>(db);
        foreach (var pupil in pendingPupils)
        {
            pupil.PrimarySchoolId = pupil.PrimarySchool!.Id;
            pupil.SecondarySchoolId = pupil.SecondarySchool?.Id;
            pupil.PhoneLineId = pupil.PhoneLine?.Id;
            pupilRows.Insert(pupil);
            pupil.Requests.ForEach(request => request.PupilId = pupil.Id);
            pupil.Requests.ForEach(requestRows.Insert);
            pupil.Consents.ForEach(consent => consent.PupilId = pupil.Id);
            pupil.Consents.ForEach(consentRows.Insert);

            // Never tracked, so nothing to detach: dropping it lets the garbage collector take it.
            pupils.Remove(pupil.ElkNumber);
        }

        pendingPupils.Clear();
    }

    private void Detach(Pupil pupil)
    {
        foreach (var entity in pupil.Requests.Cast<object>().Concat(pupil.Consents).Append(pupil))
        {
            db.Entry(entity).State = EntityState.Detached;
        }
    }

    private async Task LoadAsync(int schoolYearId, CancellationToken cancellationToken)
    {
        schools = await db.Schools.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        await db.PhoneLines.LoadAsync(cancellationToken);
        pupils = await db.Pupils.Where(p => p.SchoolYearId == schoolYearId)
            .Include(p => p.Requests).Include(p => p.Consents)
            .ToDictionaryAsync(p => p.ElkNumber, StringComparer.Ordinal, cancellationToken);
    }

    private ElkRowStatus ApplyRow(int schoolYearId, ElkRow row, ImportOutcome outcome)
    {
        if (!IsUsableAs(row.PrimarySchoolCode, SchoolSector.Primary, row, ElkField.PrimarySchoolCode, outcome))
        {
            outcome.Rejected++;
            return ElkRowStatus.Rejected;
        }

        var primary = School(row, Side.Primary, outcome);
        var secondary = row.SecondarySchoolCode is { } code
            && IsUsableAs(code, SchoolSector.Secondary, row, ElkField.SecondarySchoolCode, outcome)
                ? School(row, Side.Secondary, outcome)
                : null;
        var line = Line(primary, row, outcome);

        var isNew = !pupils.TryGetValue(row.ElkNumber, out var pupil);
        pupil ??= NewPupil(schoolYearId, row);
        ReportPlacementChange(pupil, isNew, secondary, row, outcome);
        var changed = UpdatePupil(pupil, row, primary, secondary, line);
        changed |= UpdateFlag(pupil, row);
        changed |= UpdateConsent(pupil, row);

        outcome.Flagged += row.Flagged ? 1 : 0;
        return Count(isNew ? ElkRowStatus.Created : changed ? ElkRowStatus.Updated : ElkRowStatus.Unchanged,
            outcome);
    }

    private static ElkRowStatus Count(ElkRowStatus status, ImportOutcome outcome)
    {
        outcome.Created += status == ElkRowStatus.Created ? 1 : 0;
        outcome.Updated += status == ElkRowStatus.Updated ? 1 : 0;
        outcome.Unchanged += status == ElkRowStatus.Unchanged ? 1 : 0;
        return status;
    }

    /// <summary>A BRIN that is already a school of the other sector cannot be used on this side.</summary>
    private bool IsUsableAs(
        SchoolCode code, SchoolSector sector, ElkRow row, ElkField field, ImportOutcome outcome)
    {
        if (!schools.TryGetValue(code.Value, out var school) || school.Sector == sector)
        {
            return true;
        }

        var kept = school.Sector == SchoolSector.Primary ? "PO-school" : "VO-school";
        var consequence = sector == SchoolSector.Primary
            ? "De rij is niet geïmporteerd."
            : "De leerling telt als nog niet geplaatst.";
        outcome.Problems.Add(Problem(row, field, code.Value,
            $"BRIN {code.Value} is al bekend als {kept} ({school.Name}) en kan niet ook "
            + $"{(sector == SchoolSector.Primary ? "PO" : "VO")}-school zijn; {kept} is aangehouden. {consequence}",
            sector == SchoolSector.Primary ? ElkProblemSeverity.Error : ElkProblemSeverity.Conflict));
        return false;
    }

    private School School(ElkRow row, Side side, ImportOutcome outcome)
    {
        var (code, name, email, sector) = side == Side.Primary
            ? (row.PrimarySchoolCode, row.PrimarySchoolName, row.PrimarySchoolEmail, SchoolSector.Primary)
            : (row.SecondarySchoolCode!, row.SecondarySchoolName, row.SecondarySchoolEmail, SchoolSector.Secondary);
        name = KeptSchoolName(code, name, row, side, outcome);
        if (!schools.TryGetValue(code.Value, out var school))
        {
            school = new School { Code = code.Value, Name = name ?? code.Value, Sector = sector, Email = email };
            schools[code.Value] = school;
            db.Schools.Add(school);
            outcome.NewSchools++;
            return school;
        }

        if (!string.IsNullOrWhiteSpace(name) && school.Name != name)
        {
            school.Name = name;
        }

        school.Email ??= email;
        return school;
    }

    private string? KeptSchoolName(SchoolCode code, string? name, ElkRow row, Side side, ImportOutcome outcome)
    {
        var kept = conflicts.SchoolName(code.Value, name, row.RowNumber);
        if (kept is { } first && first.Name != name)
        {
            var field = side == Side.Primary ? ElkField.PrimarySchoolName : ElkField.SecondarySchoolName;
            outcome.Problems.Add(Problem(row, field, name ?? string.Empty,
                $"BRIN {code.Value} heeft op rij {first.Row} de naam '{first.Name}'; die naam is aangehouden."));
            return first.Name;
        }

        return name;
    }

    private PhoneLine? Line(School primary, ElkRow row, ImportOutcome outcome)
    {
        if (string.IsNullOrWhiteSpace(row.ContactName))
        {
            return null;
        }

        var mobile = KeptMobile(primary, row, outcome);
        var existing = primary.PhoneLines.FirstOrDefault(l => Key(l.ContactName) == Key(row.ContactName));
        if (existing is not null)
        {
            if (mobile is not null && existing.MobileNumber != mobile.Value)
            {
                KeepOrUpdateNumber(existing, mobile, row, outcome);
            }

            return existing;
        }

        if (mobile is null)
        {
            return null;
        }

        var line = new PhoneLine { ContactName = row.ContactName.Trim(), MobileNumber = mobile.Value };
        primary.PhoneLines.Add(line);
        outcome.NewPhoneLines++;
        return line;
    }

    /// <summary>A number the PO school confirmed in the application wins over the export; the row says so.</summary>
    private static void KeepOrUpdateNumber(PhoneLine line, MobileNumber exported, ElkRow row, ImportOutcome outcome)
    {
        if (line.ConfirmedAt is null)
        {
            line.MobileNumber = exported.Value;
            return;
        }

        outcome.Problems.Add(Problem(row, ElkField.ContactMobile, exported.ToDisplayString(),
            $"De PO-school heeft het nummer {line.DisplayNumber} van {line.ContactName} bevestigd; "
            + "dat nummer is aangehouden."));
    }

    /// <summary>The first number a PO contact has in the file; a different one on a later row is reported.</summary>
    private MobileNumber? KeptMobile(School primary, ElkRow row, ImportOutcome outcome)
    {
        if (row.ContactMobile is null)
        {
            return null;
        }

        var contact = primary.Code + "|" + Key(row.ContactName!);
        var first = conflicts.Mobile(contact, row.ContactMobile, row.RowNumber);
        if (first.Number == row.ContactMobile)
        {
            return row.ContactMobile;
        }

        outcome.Problems.Add(Problem(row, ElkField.ContactMobile, row.ContactMobile.ToDisplayString(),
            $"{row.ContactName} heeft op rij {first.Row} het nummer {first.Number.ToDisplayString()}; "
            + "dat nummer is aangehouden."));
        return first.Number;
    }

    private static void ReportPlacementChange(
        Pupil pupil, bool isNew, School? secondary, ElkRow row, ImportOutcome outcome)
    {
        if (isNew || pupil.SecondarySchool is null || pupil.SecondarySchool == secondary)
        {
            return;
        }

        var now = secondary is null ? "geen VO-school" : $"{secondary.Name} ({secondary.Code})";
        outcome.Problems.Add(Problem(row, ElkField.SecondarySchoolCode, secondary?.Code ?? string.Empty,
            $"De VO-school is veranderd sinds de vorige import: was {pupil.SecondarySchool.Name} "
            + $"({pupil.SecondarySchool.Code}), nu {now}. De school uit deze export is overgenomen."));
    }

    private Pupil NewPupil(int schoolYearId, ElkRow row)
    {
        var pupil = new Pupil
        {
            SchoolYearId = schoolYearId,
            ElkNumber = row.ElkNumber,
            FirstName = row.FirstName,
            LastName = row.LastName,
        };
        pupils[row.ElkNumber] = pupil;
        if (writeNewPupilsInBulk)
        {
            pendingPupils.Add(pupil);
        }
        else
        {
            db.Pupils.Add(pupil);
        }

        return pupil;
    }

    private static bool UpdatePupil(Pupil pupil, ElkRow row, School primary, School? secondary, PhoneLine? line)
    {
        var changed = Set(pupil.FirstName, row.FirstName, v => pupil.FirstName = v);
        changed |= Set(pupil.NamePrefix, row.NamePrefix, v => pupil.NamePrefix = v);
        changed |= Set(pupil.LastName, row.LastName, v => pupil.LastName = v);
        changed |= Set(pupil.BirthDate, row.BirthDate, v => pupil.BirthDate = v);
        changed |= Set(pupil.PrimarySchool, primary, v => pupil.PrimarySchool = v);
        changed |= Set(pupil.SecondarySchool, secondary, v => pupil.SecondarySchool = v);
        changed |= Set(pupil.PhoneLine, line, v => pupil.PhoneLine = v);
        changed |= Set(pupil.MissingFromLatestImport, false, v => pupil.MissingFromLatestImport = v);
        return changed;
    }

    private bool UpdateFlag(Pupil pupil, ElkRow row)
    {
        var flag = pupil.Requests.FirstOrDefault(r => r.Origin == HandoverRequestOrigin.FlaggedByPrimary);
        if (row.Flagged && flag is null)
        {
            pupil.Requests.Add(new HandoverRequest
            {
                Origin = HandoverRequestOrigin.FlaggedByPrimary,
                Source = DataSource.ElkExport,
                Reason = row.FlagReason,
                CreatedAt = clock.GetUtcNow(),
            });
            return true;
        }

        if (flag is null || flag.Source != DataSource.ElkExport)
        {
            return false;
        }

        if (!row.Flagged)
        {
            pupil.Requests.Remove(flag);
            db.HandoverRequests.Remove(flag);
            return true;
        }

        return Set(flag.Reason, row.FlagReason, v => flag.Reason = v);
    }

    private bool UpdateConsent(Pupil pupil, ElkRow row)
    {
        var consent = pupil.Consents.FirstOrDefault(c => c.Source == ConsentSource.ElkParentPortal);
        if (row.ParentConsent == (consent is not null))
        {
            return false;
        }

        if (consent is null)
        {
            pupil.Consents.Add(new Consent { Source = ConsentSource.ElkParentPortal, RecordedAt = clock.GetUtcNow() });
        }
        else
        {
            pupil.Consents.Remove(consent);
            db.Consents.Remove(consent);
        }

        return true;
    }

    /// <summary>Rows the reader kept out (an error, or a repeated ELK number) get their line in the report.</summary>
    private static void AddRejectedRows(ElkReadResult read, ImportOutcome outcome)
    {
        var readRows = read.Rows.Select(r => r.RowNumber).ToHashSet();
        var rejected = read.Problems.Where(p => !readRows.Contains(p.RowNumber)).DistinctBy(p => p.RowNumber).ToList();
        foreach (var problem in rejected)
        {
            outcome.Rows.Add(new ElkRowOutcome(problem.RowNumber, problem.ElkNumber, ElkRowStatus.Rejected));
        }

        outcome.Rejected += rejected.Count;
    }

    private void MarkMissing(ElkReadResult read, ImportOutcome outcome)
    {
        var inFile = read.Rows.Select(r => r.ElkNumber).ToHashSet(StringComparer.Ordinal);
        inFile.UnionWith(read.Problems.Select(p => p.ElkNumber).OfType<string>());
        foreach (var pupil in pupils.Values.Where(p => p.Id != 0 && !inFile.Contains(p.ElkNumber)))
        {
            if (!pupil.MissingFromLatestImport)
            {
                pupil.MissingFromLatestImport = true;
                outcome.MarkedMissing++;
            }
        }
    }

    private static ElkRowProblem Problem(ElkRow row, ElkField field, string value, string message,
        ElkProblemSeverity severity = ElkProblemSeverity.Conflict) =>
        new(row.RowNumber, ElkColumns.Get(field).Name, value, message, severity, row.ElkNumber);

    private static string Key(string name) => name.Trim().ToUpperInvariant();

    private static bool Set<T>(T current, T next, Action<T> assign)
    {
        if (EqualityComparer<T>.Default.Equals(current, next))
        {
            return false;
        }

        assign(next);
        return true;
    }

    private enum Side
    {
        Primary,
        Secondary,
    }
}
