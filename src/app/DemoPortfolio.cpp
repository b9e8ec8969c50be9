#include "app/DemoPortfolio.h"

#include "app/ClientService.h"
#include "app/DemoRecovery.h"
#include "app/DemoSales.h"
#include "app/DemoStatements.h"
#include "app/Workspace.h"
#include "core/Text.h"
#include "store/AuditLog.h"
#include "store/ClientRepository.h"
#include "store/StatementRepository.h"
#include "store/Transaction.h"

#include <array>
#include <random>
#include <set>
#include <string_view>

namespace pc::app {

using namespace pc::core;

namespace {

struct Trade {
    std::string_view word;
    std::string_view naf;
    std::string_view segment;
};

constexpr std::array<Trade, 30> kTrades{{
    {"Boulangerie", "10.71C", "TPE"},        {"Transports", "49.41A", "PME"},
    {"Menuiserie", "43.32A", "TPE"},         {"Garage", "45.20A", "TPE"},
    {"Imprimerie", "18.12Z", "PME"},         {"Laboratoires", "21.20Z", "Grands comptes"},
    {"Constructions", "41.20A", "PME"},      {"Distribution", "46.90Z", "Revendeurs"},
    {"Chaudronnerie", "25.29Z", "PME"},      {"Informatique", "62.01Z", "PME"},
    {"Conseil", "70.22Z", "PME"},            {"Nettoyage", "81.21Z", "PME"},
    {"Plomberie", "43.22A", "TPE"},          {"Électricité", "43.21A", "TPE"},
    {"Restauration", "56.10A", "TPE"},       {"Hôtellerie", "55.10Z", "PME"},
    {"Textiles", "13.92Z", "PME"},           {"Emballages", "22.22Z", "PME"},
    {"Logistique", "52.29B", "Grands comptes"}, {"Travaux publics", "42.11Z", "Grands comptes"},
    {"Fromagerie", "10.51C", "PME"},         {"Vins", "46.34Z", "Revendeurs"},
    {"Meubles", "31.09B", "PME"},            {"Métallurgie", "24.10Z", "Grands comptes"},
    {"Électronique", "26.11Z", "Grands comptes"}, {"Plasturgie", "22.29A", "PME"},
    {"Quincaillerie", "46.74A", "Revendeurs"}, {"Matériaux", "46.73A", "Revendeurs"},
    {"Pharmacie", "47.73Z", "TPE"},          {"Ingénierie", "71.12B", "PME"},
}};

constexpr std::array<std::string_view, 40> kFamilyNames{
    "Martin",  "Bernard", "Dubois",  "Thomas",  "Robert",   "Richard", "Petit",    "Durand",
    "Leroy",   "Moreau",  "Simon",   "Laurent", "Lefebvre", "Michel",  "Garcia",   "David",
    "Bertrand", "Roux",   "Vincent", "Fournier", "Morel",   "Girard",  "André",    "Lefèvre",
    "Mercier", "Dupont",  "Lambert", "Bonnet",  "François", "Martinez", "Legrand", "Garnier",
    "Faure",   "Rousseau", "Blanc",  "Guérin",  "Muller",  "Henry",    "Roussel",  "Nicolas"};

constexpr std::array<std::string_view, 14> kPlaceNames{
    "du Rhône", "de Bretagne", "des Alpes", "de Provence", "Atlantique", "de Normandie", "du Nord",
    "de l'Ouest", "d'Aquitaine", "du Centre", "de Lorraine", "des Vosges", "du Val de Loire", "Méditerranée"};

constexpr std::array<std::string_view, 24> kFirstNames{
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sandrine", "Céline", "Aurélie",
    "Julie", "Camille", "Émilie", "Claire", "Philippe", "Pierre", "Nicolas", "Christophe",
    "Stéphane", "Laurent", "Sébastien", "Olivier", "Julien", "Thomas", "Antoine", "Mathieu"};

struct City {
    std::string_view name;
    std::string_view postalCode;
    char phoneZone;
};

constexpr std::array<City, 40> kCities{{
    {"Paris", "75008", '1'},           {"Paris", "75011", '1'},         {"Lyon", "69003", '4'},
    {"Marseille", "13002", '4'},       {"Toulouse", "31000", '5'},      {"Nice", "06000", '4'},
    {"Nantes", "44000", '2'},          {"Strasbourg", "67000", '3'},    {"Montpellier", "34000", '4'},
    {"Bordeaux", "33000", '5'},        {"Lille", "59000", '3'},         {"Rennes", "35000", '2'},
    {"Reims", "51100", '3'},           {"Le Havre", "76600", '2'},      {"Saint-Étienne", "42000", '4'},
    {"Toulon", "83000", '4'},          {"Grenoble", "38000", '4'},      {"Dijon", "21000", '3'},
    {"Angers", "49000", '2'},          {"Nîmes", "30000", '4'},         {"Clermont-Ferrand", "63000", '4'},
    {"Le Mans", "72000", '2'},         {"Aix-en-Provence", "13100", '4'}, {"Brest", "29200", '2'},
    {"Tours", "37000", '2'},           {"Amiens", "80000", '3'},        {"Limoges", "87000", '5'},
    {"Annecy", "74000", '4'},          {"Metz", "57000", '3'},          {"Besançon", "25000", '3'},
    {"Orléans", "45000", '2'},         {"Rouen", "76000", '2'},         {"Mulhouse", "68100", '3'},
    {"Caen", "14000", '2'},            {"Nancy", "54000", '3'},         {"Poitiers", "86000", '5'},
    {"La Rochelle", "17000", '5'},     {"Pau", "64000", '5'},           {"Chambéry", "73000", '4'},
    {"Troyes", "10000", '3'},
}};

constexpr std::array<std::string_view, 14> kStreets{
    "rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue Pasteur",
    "rue de l'Industrie", "chemin des Vignes", "place de la Mairie", "allée des Tilleuls",
    "route de Paris", "rue du Général Leclerc", "quai de la Loire", "avenue de la Gare",
    "rue des Artisans", "boulevard Gambetta"};

constexpr std::array<std::string_view, 4> kZones{"ZI des Grands Champs", "ZA du Moulin", "Parc d'activités des Pins",
                                                 "ZAC de la Plaine"};

struct Bank {
    std::string_view code;
    std::string_view bic;
};

constexpr std::array<Bank, 10> kBanks{{
    {"30004", "BNPAFRPP"}, {"30003", "SOGEFRPP"}, {"30002", "CRLYFRPP"}, {"18206", "AGRIFRPP882"},
    {"10278", "CMCIFR2A"}, {"30066", "CMCIFRPP"}, {"10907", "CCBPFRPPBDX"}, {"17515", "CEPAFRPP751"},
    {"20041", "PSSTFRPPPAR"}, {"30056", "CCFRFRPP"},
}};

constexpr std::array<std::string_view, 5> kSalesReps{"Julie Marchand", "Karim Benali", "Sophie Lemoine",
                                                     "Thomas Garnier", "Camille Rousseau"};

// Portable determinism: the standard's engines are specified bit for bit, its
// distributions are not, so draws use plain modulo.
class Draw {
public:
    explicit Draw(std::uint32_t seed) : m_engine(seed) {}
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(m_engine() % n); }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
    template <class Array>
    const auto& pick(const Array& a) { return a[below(a.size())]; }
    std::string digits(int count)
    {
        std::string out;
        for (int i = 0; i < count; ++i)
            out.push_back(static_cast<char>('0' + below(10)));
        return out;
    }

private:
    std::mt19937 m_engine;
};

std::string slug(std::string_view name)
{
    std::string folded = text::foldForSearch(name);
    std::string out;
    for (const char c : folded) {
        if (c != ' ')
            out.push_back(c);
    }
    return out.substr(0, 24);
}

Address drawAddress(Draw& d, const City& city)
{
    Address a;
    if (d.chance(25)) {
        a.line1 = std::to_string(1 + d.below(40)) + " " + std::string(d.pick(kZones));
    } else {
        a.line1 = std::to_string(1 + d.below(180)) + " " + std::string(d.pick(kStreets));
    }
    a.postalCode = std::string(city.postalCode);
    a.city = std::string(city.name);
    return a;
}

std::string drawPhone(Draw& d, char zone)
{
    return std::string("+33") + zone + d.digits(8);
}

Siren drawSiren(Draw& d, std::set<std::string>& used)
{
    while (true) {
        const std::string payload = std::to_string(3 + d.below(6)) + d.digits(7);
        Siren siren = Siren::fromPayload(payload);
        if (used.insert(siren.str()).second)
            return siren;
    }
}

// How far along the account is: the status, and which opening items it has.
AccountStatus drawStatus(Draw& d)
{
    const std::size_t r = d.below(100);
    if (r < 66)
        return AccountStatus::Active;
    if (r < 78)
        return AccountStatus::Pending;
    if (r < 88)
        return AccountStatus::Prospect;
    if (r < 95)
        return AccountStatus::Blocked;
    return AccountStatus::Closed;
}

ClientFile drawClient(Draw& d, std::set<std::string>& usedSirens, int index, Date today)
{
    ClientFile f;
    const Trade& trade = d.pick(kTrades);
    const City& city = d.pick(kCities);
    const std::string family(d.pick(kFamilyNames));
    const bool sas = d.chance(60);
    std::string base = std::string(trade.word) + " " + (d.chance(70) ? family : std::string(d.pick(kPlaceNames)));
    if (d.chance(15))
        base = "Établissements " + family;
    f.company.name = base + (sas ? " SAS" : " SARL");
    f.company.siren = drawSiren(d, usedSirens);
    f.company.legalForm = sas ? "5710" : "5499";
    f.company.nafCode = std::string(trade.naf);
    f.company.creationDate = today.addDays(-static_cast<int>(400 + d.below(365 * 40)));
    f.company.address = drawAddress(d, city);

    const int establishmentCount = 1 + static_cast<int>(d.below(100) < 70 ? 0 : d.below(3));
    for (int e = 0; e < establishmentCount; ++e) {
        const Siret siret = Siret::fromPayload(*f.company.siren, "000" + std::to_string(1 + e));
        const Address address = e == 0 ? f.company.address : drawAddress(d, d.pick(kCities));
        f.establishments.push_back(Establishment{siret, e == 0, e == 0 ? std::string() : "Agence " + address.city,
                                                 address, false});
    }

    ClientAccount& a = f.account;
    a.number = "411" + std::string(6 - std::to_string(index + 1).size(), '0') + std::to_string(index + 1);
    a.status = drawStatus(d);
    a.segment = std::string(trade.segment);
    a.salesRep = std::string(d.pick(kSalesReps));
    a.billingAddress = f.company.address;

    const bool opened = a.status == AccountStatus::Active || a.status == AccountStatus::Blocked
        || a.status == AccountStatus::Closed;
    const std::string domain = slug(base) + ".fr";
    const auto addContact = [&](ContactRole role, bool withPhone, bool withEmail) {
        const std::string first(d.pick(kFirstNames));
        const std::string last(d.pick(kFamilyNames));
        f.contacts.push_back(Contact{role, first + " " + last, withPhone ? drawPhone(d, city.phoneZone) : "",
                                     withEmail ? slug(first) + "." + slug(last) + "@" + domain : ""});
    };

    if (opened) {
        a.openedOn = today.addDays(-static_cast<int>(30 + d.below(365 * 8)));
        a.kbisDate = a.openedOn->addDays(-static_cast<int>(d.below(60)));
        a.termsSignedDate = a.openedOn->addDays(-static_cast<int>(d.below(10)));
    } else if (a.status == AccountStatus::Pending) {
        if (d.chance(70))
            a.kbisDate = today.addDays(-static_cast<int>(d.below(d.chance(30) ? 200 : 80)));
        if (d.chance(50))
            a.termsSignedDate = today.addDays(-static_cast<int>(d.below(20)));
    }
    const bool bankDetails = opened || (a.status == AccountStatus::Pending && d.chance(70));
    if (bankDetails) {
        const Bank& bank = d.pick(kBanks);
        a.iban = *Iban::fromFrenchRib(bank.code, d.digits(5), d.digits(11));
        a.bic = *Bic::parse(bank.bic);
    }
    if (opened || (a.status == AccountStatus::Pending && d.chance(80))) {
        a.paymentMethod = d.chance(55) ? PaymentMethod::Transfer
            : d.chance(60)             ? PaymentMethod::SepaDirectDebit
            : d.chance(50)             ? PaymentMethod::Lcr
                                       : PaymentMethod::Cheque;
    }
    if (opened) {
        addContact(ContactRole::AccountsPayable, true, true);
    } else if (a.status == AccountStatus::Pending) {
        addContact(ContactRole::AccountsPayable, d.chance(70), d.chance(80));
    }
    if (d.chance(60))
        addContact(d.chance(50) ? ContactRole::Purchasing : ContactRole::Management, true, d.chance(70));
    if (a.status == AccountStatus::Closed && d.chance(40))
        f.company.status = CompanyStatus::Ceased;
    if (a.status == AccountStatus::Blocked && d.chance(40)) {
        f.company.proceedings = d.chance(60) ? Proceedings::Receivership : Proceedings::Safeguard;
        f.company.proceedingsDate = today.addDays(-static_cast<int>(10 + d.below(200)));
    }
    return f;
}

} // namespace

std::vector<ClientFile> DemoPortfolio::generate(int count, std::uint32_t seed, Date today)
{
    Draw draw(seed);
    std::set<std::string> usedSirens;
    std::vector<ClientFile> files;
    files.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        files.push_back(drawClient(draw, usedSirens, i, today));
    return files;
}

Status DemoPortfolio::install(Workspace& ws, int count, std::uint32_t seed)
{
    const auto result = guardStore([&]() -> Status {
        store::Transaction tx(ws.db());
        if (!tx.started())
            return tx.startStatus();
        store::ClientRepository repo(ws.db());
        if (const int existing = repo.count(); existing > 0)
            return Error(ErrorCode::StoreNotEmpty, {std::to_string(existing)});
        store::StatementRepository statements(ws.db());
        store::CreditRepository credit(ws.db());
        std::vector<qint64> active;
        for (const ClientFile& file : generate(count, seed, ws.clock().today())) {
            auto id = repo.insert(file, ws.clock().now());
            if (!id)
                return id.error();
            if (file.account.status == core::AccountStatus::Active && file.company.proceedings == core::Proceedings::None)
                active.push_back(*id);
            const auto years = demoStatements(file, demoHealth(file, seed), seed, ws.clock().today());
            for (const risk::FinancialStatement& s : years) {
                if (auto saved = statements.save(*id, s, ws.actor(), ws.clock().now()); !saved)
                    return saved.error();
            }
            if (!years.empty()) {
                if (auto status = credit.saveProfile(*id, demoCreditProfile(file, years.back(), seed), ws.clock().now());
                    !status)
                    return status;
            }
        }
        if (auto status = installDemoSales(ws, active, seed); !status)
            return status;
        if (auto status = installDemoRecovery(ws, seed); !status)
            return status;
        store::AuditEntry entry{0, ws.clock().now(), ws.actor(), QStringLiteral("demo.install"),
                                QStringLiteral("import"), QStringLiteral("demo"), {}, nullptr,
                                {{"clients", count}, {"seed", seed}}};
        if (auto status = store::AuditLog(ws.db()).record(entry); !status)
            return status;
        return tx.commit();
    });
    if (result)
        emit ws.notifier().clientsReset();
    return result;
}

} // namespace pc::app
