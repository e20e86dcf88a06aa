#include "startupdatabase.h"

#include "databaselocator.h"
#include "migrator.h"

QString StartupDatabase::openAndMigrate(Database& database, const Database::PasswordPrompt& prompt,
                                        const Upgrade& upgrade)
{
    if (QString error = database.open(prompt); !error.isEmpty())
        return error;
    if (upgrade) {
        if (QString error = upgrade(database); !error.isEmpty())
            return error;
    }
    // After an upgrade elsewhere: checks that nothing is left to do, and refuses what it refuses.
    return Migrator(database).migrate().error;
}

StartupDatabase::Opened StartupDatabase::open(const DatabaseUrl& url, const QString& source,
                                              QSettings& settings, const Interaction& interaction)
{
    const Database::PasswordPrompt& prompt = interaction.prompt;
    Opened opened {nullptr, source, {}};
    Choice choice {url, {}};
    for (;;) {
        // A password typed while choosing the database is tried before the user is asked again.
        QString chosenPassword = choice.password;
        Database::PasswordPrompt promptOnce = prompt;
        if (!chosenPassword.isEmpty()) {
            promptOnce = [&chosenPassword, &prompt](const DatabaseUrl& target,
                                                    const QString& message) -> std::optional<QString> {
                if (!chosenPassword.isEmpty())
                    return std::exchange(chosenPassword, QString());
                return prompt ? prompt(target, message) : std::nullopt;
            };
        }
        opened.error = interaction.reach ? interaction.reach(choice.url) : QString();
        if (opened.error.isEmpty()) {
            auto database = std::make_unique<Database>(choice.url);
            opened.error = openAndMigrate(*database, promptOnce, interaction.upgrade);
            if (opened.error.isEmpty()) {
                opened.database = std::move(database);
                return opened;
            }
        }
        const std::optional<Choice> next = interaction.recover
            ? interaction.recover(choice.url, opened.source, opened.error)
            : std::nullopt;
        if (!next)
            return opened;
        if (next->url != choice.url)
            opened.source = DatabaseLocator::save(next->url, settings);
        choice = *next;
    }
}
