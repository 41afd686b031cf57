using Microsoft.EntityFrameworkCore;
using WarmeOverdracht.Domain.Pupils;
using WarmeOverdracht.Domain.Schools;
using WarmeOverdracht.Infrastructure.ElkImports;
using WarmeOverdracht.Infrastructure.Persistence;

namespace WarmeOverdracht.Web.Features.ElkImports;

/// <summary>
/// Brings the rows of an export into the database context: schools, PO phone lines, pupils, flags and
/// consents. Data entered in the application (a VO request, a VO consent, an edited e-mail address)
/// is never overwritten. The caller decides whether to save (confirm) or not (preview).
/// </summary>
public sealed class ElkImportApplier(WarmeOverdrachtDbContext db, TimeProvider clock)
{
    private Dictionary<string, School> schools = [];
    private Dictionary<string, Pupil> pupils = [];

    public async Task<ImportOutcome> ApplyAsync(
        int schoolYearId, ElkReadResult read, CancellationToken cancellationToken)
    {
        await LoadAsync(schoolYearId, cancellationToken);
        var outcome = new ImportOutcome { DataRowCount = read.DataRowCount };
        outcome.Problems.AddRange(read.Problems);
        outcome.Rejected = read.Problems.Where(p => p.Severity == ElkProblemSeverity.Error)
            .Select(p => p.RowNumber).Distinct().Count();

        foreach (var row in read.Rows)
        {
            ApplyRow(schoolYearId, row, outcome);
        }

        MarkMissing(read, outcome);
        outcome.Problems.Sort((a, b) => a.RowNumber.CompareTo(b.RowNumber));
        return outcome;
    }

    private async Task LoadAsync(int schoolYearId, CancellationToken cancellationToken)
    {
        schools = await db.Schools.ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, cancellationToken);
        await db.PhoneLines.LoadAsync(cancellationToken);
        pupils = await db.Pupils.Where(p => p.SchoolYearId == schoolYearId)
            .Include(p => p.Requests).Include(p => p.Consents)
            .ToDictionaryAsync(p => p.ElkNumber, StringComparer.Ordinal, cancellationToken);
    }

    private void ApplyRow(int schoolYearId, ElkRow row, ImportOutcome outcome)
    {
        var primary = School(row.PrimarySchoolCode, row.PrimarySchoolName, row.PrimarySchoolEmail,
            SchoolSector.Primary, outcome);
        var secondary = row.SecondarySchoolCode is null
            ? null
            : School(row.SecondarySchoolCode, row.SecondarySchoolName, row.SecondarySchoolEmail,
                SchoolSector.Secondary, outcome);
        var line = Line(primary, row, outcome);

        var isNew = !pupils.TryGetValue(row.ElkNumber, out var pupil);
        pupil ??= NewPupil(schoolYearId, row);
        var changed = UpdatePupil(pupil, row, primary, secondary, line);
        changed |= UpdateFlag(pupil, row);
        changed |= UpdateConsent(pupil, row);

        if (row.Flagged)
        {
            outcome.Flagged++;
        }

        if (isNew)
        {
            outcome.Created++;
        }
        else if (changed)
        {
            outcome.Updated++;
        }
        else
        {
            outcome.Unchanged++;
        }
    }

    private School School(SchoolCode code, string? name, string? email, SchoolSector sector, ImportOutcome outcome)
    {
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

    private PhoneLine? Line(School primary, ElkRow row, ImportOutcome outcome)
    {
        if (string.IsNullOrWhiteSpace(row.ContactName))
        {
            return null;
        }

        var existing = primary.PhoneLines.FirstOrDefault(l => Key(l.ContactName) == Key(row.ContactName));
        if (existing is not null)
        {
            if (row.ContactMobile is not null && existing.MobileNumber != row.ContactMobile.Value)
            {
                existing.MobileNumber = row.ContactMobile.Value;
            }

            return existing;
        }

        if (row.ContactMobile is null)
        {
            return null;
        }

        var line = new PhoneLine { ContactName = row.ContactName.Trim(), MobileNumber = row.ContactMobile.Value };
        primary.PhoneLines.Add(line);
        outcome.NewPhoneLines++;
        return line;
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
        db.Pupils.Add(pupil);
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
}
