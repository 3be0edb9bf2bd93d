namespace HuXiao.Ledger;

/// <summary>
/// The stable codes of the errors the ledger raises or reports. Codes are never renamed or reused. They sit in the
/// HX07xx block: HX0701–HX0719 for a filing, review or reopening the ledger refuses (reported as data, in
/// <see cref="LedgerOutcome{TEvent}.Problem"/>), HX0720 and up for a store that cannot be used (raised as
/// <see cref="LedgerException"/>).
/// </summary>
public static class LedgerErrorCodes
{
    /// <summary>A different file with the same unit, month and revision was filed already: one revision is one file. File the correction as a higher revision.</summary>
    public const string RevisionTaken = "HX0701";

    /// <summary>The unit's month was accepted and is closed: nothing more is filed or reviewed until it is reopened.</summary>
    public const string MonthClosed = "HX0702";

    /// <summary>The same file (by its SHA-256) was filed already for another unit or month.</summary>
    public const string FiledElsewhere = "HX0703";

    /// <summary>No form with this SHA-256 was filed: there is nothing to review.</summary>
    public const string UnknownForm = "HX0704";

    /// <summary>The form was refused when it was read: it has no figures to accept or return.</summary>
    public const string NotReviewable = "HX0705";

    /// <summary>A later revision of the unit's form was filed: review that one; the earlier one no longer counts.</summary>
    public const string Superseded = "HX0706";

    /// <summary>The form was already reviewed the other way (accepted, or returned): a returned form is filed again; an accepted month is reopened first.</summary>
    public const string AlreadyReviewed = "HX0707";

    /// <summary>The unit's month is not closed: only an accepted month is reopened.</summary>
    public const string NotClosed = "HX0708";

    /// <summary>The city returned the form with reasons: it does not count until the unit files a corrected revision. Reported in the month's submissions.</summary>
    public const string Returned = "HX0709";

    /// <summary>The form names no unit or no month, and none was declared: the ledger cannot tell whose month it belongs to.</summary>
    public const string UnitOrMonthUnknown = "HX0710";

    /// <summary>The form's revision is lower than one the unit filed already: a correction takes a higher revision.</summary>
    public const string StaleRevision = "HX0711";

    /// <summary>The ledger's store is locked by another writer and stayed locked past the wait allowed: nothing was written; try again.</summary>
    public const string StoreBusy = "HX0720";

    /// <summary>The ledger's store can be read but not written (a read-only file, folder or connection): nothing was written.</summary>
    public const string StoreReadOnly = "HX0721";

    /// <summary>The ledger's store is full (no space left on the disk, or its size limit reached): nothing was written.</summary>
    public const string StoreFull = "HX0722";

    /// <summary>The ledger's store is damaged (its file fails the integrity check, or a stored file no longer matches its SHA-256): restore it from a backup.</summary>
    public const string StoreCorrupt = "HX0723";

    /// <summary>The file or database is not a HuXiao ledger: the ledger neither reads nor changes it.</summary>
    public const string NotALedger = "HX0724";

    /// <summary>The ledger was written by a newer version of HuXiao, with a schema this version does not know: upgrade HuXiao to open it.</summary>
    public const string NewerSchema = "HX0725";

    /// <summary>A stored record cannot be read back (for example a form of a schema the ledger was not given): the record is kept as it was.</summary>
    public const string RecordUnreadable = "HX0726";

    /// <summary>The ledger's store cannot be reached or opened (a missing folder, a database server that does not answer).</summary>
    public const string StoreUnavailable = "HX0727";
}
