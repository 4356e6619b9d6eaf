namespace AseanUn.Model;

/// <summary>Where an instrument stood as of the source's date.</summary>
public enum InstrumentStatus
{
    /// <summary>Signed by its parties.</summary>
    Signed,

    /// <summary>Adopted or endorsed.</summary>
    Adopted,

    /// <summary>Published (reports and studies).</summary>
    Published,

    /// <summary>Being implemented.</summary>
    InForce,

    /// <summary>Its period has ended.</summary>
    Concluded,

    /// <summary>Being drafted or developed when the source was written.</summary>
    InPreparation,

    /// <summary>Issued, e.g. a statement that reflects the outcome of a meeting.</summary>
    Issued,

    /// <summary>Named by its source without saying where it stood.</summary>
    Unstated,

    /// <summary>Only planned or looked forward to when the source was written; it had not happened.</summary>
    Planned,

    /// <summary>Submitted by its authors to the body it is for (reports the source calls "submitted").</summary>
    Submitted,

    /// <summary>Carried out to its end: the source says the work resulted in its outcome, without naming an act such as publication.</summary>
    Completed,
}
