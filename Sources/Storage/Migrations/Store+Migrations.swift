import FluentKit

extension Store {
    /// Every migration, in the order it was written. Append; never reorder or edit a released one.
    static var migrations: Migrations {
        let migrations = Migrations()
        migrations.add(CreateCities())
        migrations.add(CreateProgrammes())
        migrations.add(CreatePartnerships())
        migrations.add(CreateAgreements())
        migrations.add(CreateAccounts())
        migrations.add(CreateAuditEntries())
        migrations.add(AddProgrammeMilestoneLeadMonths())
        migrations.add(CreateGifts())
        migrations.add(CreateArticles())
        migrations.add(CreatePeople())
        migrations.add(CreateEvents())
        migrations.add(CreateRegistrations())
        migrations.add(AddProgrammeDormantAfterYears())
        migrations.add(CreateExchanges())
        migrations.add(CreateContributions())
        migrations.add(CreateMemberships())
        migrations.add(CreateVolunteering())
        migrations.add(CreatePledges())
        migrations.add(AddGazetteerColumns())
        migrations.add(CreateCitySearch())
        migrations.add(CreateWorldTies())
        migrations.add(CreateContentRevision())
        migrations.add(AddPartnershipListKeys())
        migrations.add(AddPersonErasedAt())
        migrations.add(AddAPITokenExpiry())
        migrations.add(AddUserLanguage())
        migrations.add(AddRegistrationLanguage())
        migrations.add(AddContentLanguages())
        return migrations
    }
}
