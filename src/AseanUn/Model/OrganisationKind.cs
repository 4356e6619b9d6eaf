namespace AseanUn.Model;

/// <summary>What kind of body an organisation is.</summary>
public enum OrganisationKind
{
    /// <summary>An intergovernmental organisation as a whole (ASEAN, the UN).</summary>
    IntergovernmentalOrganisation,

    /// <summary>A secretariat (the ASEAN Secretariat, the UN Secretariat).</summary>
    Secretariat,

    /// <summary>A principal organ of the UN, e.g. the General Assembly.</summary>
    PrincipalOrgan,

    /// <summary>An office or department of a secretariat, e.g. OHCHR.</summary>
    Office,

    /// <summary>A UN specialised agency, e.g. WHO, FAO, ILO, UNESCO.</summary>
    SpecialisedAgency,

    /// <summary>A UN fund or programme, e.g. UNDP, UNICEF, UNEP.</summary>
    FundOrProgramme,

    /// <summary>A UN regional commission, e.g. UNESCAP.</summary>
    RegionalCommission,

    /// <summary>A body of member-state officials or ministers: a sectoral body, senior officials' meeting or committee.</summary>
    SectoralBody,

    /// <summary>An intergovernmental commission, e.g. AICHR or ACWC.</summary>
    Commission,

    /// <summary>A centre, e.g. the AHA Centre or the ASEAN Centre for Energy.</summary>
    Centre,

    /// <summary>A network of institutions, e.g. the ASEAN Peacekeeping Centres Network.</summary>
    Network,

    /// <summary>A forum or dialogue mechanism, e.g. the ASEAN Regional Forum.</summary>
    Forum,

    /// <summary>A team, task force or project with its own identity.</summary>
    TaskForce,

    /// <summary>A position or office held by one person, e.g. the UN Liaison Officers in Jakarta.</summary>
    Post,

    /// <summary>A conference or treaty body, e.g. UNCTAD or the UNFCCC.</summary>
    Conference,

    /// <summary>Any other body.</summary>
    Other,
}
