namespace AseanUn.Model;

/// <summary>Which side of the partnership an organisation belongs to.</summary>
public enum Side
{
    /// <summary>ASEAN: the Secretariat, sectoral bodies, centres, networks and committees.</summary>
    Asean,

    /// <summary>The United Nations system: organs, offices, agencies, funds, programmes and commissions.</summary>
    UnitedNations,

    /// <summary>Neither side, e.g. the Southeast Asian Ministers of Education Organisation.</summary>
    Other,
}
