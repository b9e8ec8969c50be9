#include "app/InvoiceService.h"

#include "app/ClientAudit.h"
#include "app/ClientJson.h"
#include "app/ClientService.h"
#include "app/OrderService.h"
#include "app/PdfWriter.h"
#include "app/ReferenceTables.h"
#include "app/SalesDocuments.h"
#include "app/SalesJson.h"
#include "app/SharedSettings.h"
#include "app/Workspace.h"
#include "receivables/PenaltyRate.h"
#include "store/LedgerRepository.h"
#include "store/SalesRepository.h"
#include "store/SettingsRepository.h"

#include <algorithm>
#include <set>

namespace pc::app {

using core::Error;
using core::ErrorCode;
using core::Invoice;
using core::Money;
using core::Status;
using nlohmann::json;

namespace {

core::Rate penaltyRate(const core::SellerIdentity& seller, core::Date issueDate)
{
    if (seller.penaltyRate)
        return *seller.penaltyRate;
    // Without the ECB rate of the half-year, the 10 points alone are the lawful floor
    // of the statutory rate.
    return receivables::statutoryPenaltyRate(issueDate, reference::refinancingRates())
        .value_or(core::Rate::fromBasisPoints(1'000));
}

// The buyer as the invoice snapshot kept it: what the document prints.
core::ClientFile buyerFromJson(const json& j)
{
    core::ClientFile buyer;
    const auto address = [](const json& a) {
        if (!a.is_object())
            return core::Address();
        return core::Address{a.value("line1", ""), a.value("line2", ""), a.value("postal_code", ""),
                             a.value("city", ""), a.value("country", "FR")};
    };
    buyer.company.name = j.value("name", "");
    if (j.contains("siren") && j["siren"].is_string())
        if (auto siren = core::Siren::parse(j["siren"].get<std::string>()))
            buyer.company.siren = *siren;
    buyer.company.address = address(j.value("address", json::object()));
    const json account = j.value("account", json::object());
    buyer.account.number = account.value("number", "");
    buyer.account.billingAddress = address(account.value("billing_address", json::object()));
    return buyer;
}

std::optional<store::PostedInvoice> documentOf(Workspace& ws, const QString& number)
{
    return store::InvoiceRepository(ws.db()).byNumber(number.trimmed().toUpper());
}

// Sets the open deposits of the orders against the new invoice, oldest first.
// Returns how much of the deposits it used.
core::Result<Money> applyDeposits(Workspace& ws, const std::set<qint64>& orderIds, qint64 invoiceEntryId,
                                  Money invoiceGross, core::Date date)
{
    store::LedgerRepository ledger(ws.db());
    Money left = invoiceGross;
    for (qint64 orderId : orderIds) {
        for (const receivables::LedgerEntry& deposit : ledger.depositsOfOrder(orderId)) {
            const qint64 clientId = *store::SalesRepository(ws.db()).orderClient(orderId);
            const Money open = receivables::openAmount(deposit, ledger.allocationsOf(clientId), date);
            const Money used = std::min(open, left);
            if (!used.isPositive())
                continue;
            if (auto status = ledger.addAllocation({invoiceEntryId, deposit.id, used, date}, ws.stamp()); !status)
                return status.error();
            left -= used;
        }
    }
    return invoiceGross - left;
}

// The deposits set against an invoice's ledger entry: what its document deducts.
Money depositsApplied(Workspace& ws, const Invoice& invoice)
{
    store::LedgerRepository ledger(ws.db());
    const auto entry = ledger.entryOfInvoice(invoice.id);
    if (!entry)
        return {};
    std::set<qint64> deposits;
    for (const receivables::LedgerEntry& e : ledger.entriesOf(invoice.clientId))
        if (e.kind == receivables::EntryKind::Deposit)
            deposits.insert(e.id);
    Money total;
    for (const receivables::Allocation& a : ledger.allocationsOf(invoice.clientId))
        if (a.debitEntryId == entry->id && deposits.contains(a.creditEntryId))
            total += a.amount;
    return total;
}

} // namespace

core::Result<Invoice> InvoiceService::post(Invoice invoice, std::optional<qint64> creditedId)
{
    const core::SellerIdentity seller = SharedSettings(m_ws).seller();
    if (auto missing = core::missingSellerMention(seller))
        return Error(ErrorCode::MissingField, {*missing}).inField(*missing);
    store::InvoiceRepository invoices(m_ws.db());
    // A document dated ahead would stop every later one at its date: numbers follow dates.
    if (const core::Date today = m_ws.clock().today(); invoice.issueDate > today)
        return Error(ErrorCode::DateTooLate, {invoice.issueDate.toIso(), today.toIso()}).inField("date");
    if (auto status = core::checkInvoiceDate(invoice.issueDate, invoices.lastIssueDate()); !status)
        return status.error();
    auto client = ClientService(m_ws).byId(invoice.clientId);
    if (!client)
        return Error(ErrorCode::NotFound, {std::to_string(invoice.clientId)});
    invoice.totals = core::totalsOf(invoice.lines);
    auto counter = store::NumberSeries(m_ws.db()).next(QStringLiteral("invoice"));
    if (!counter)
        return counter.error();
    invoice.number = core::documentNumber("FA", *counter);
    auto id = invoices.insert(invoice, creditedId, QString::fromStdString(toJson(seller).dump()),
                              QString::fromStdString(toJson(*client).dump()), m_ws.stamp());
    if (!id)
        return id.error();
    invoice.id = *id;
    if (auto status = recordClientAudit(m_ws, *client,
                                        invoice.kind == core::InvoiceKind::Invoice ? QStringLiteral("invoice.create")
                                                                                   : QStringLiteral("credit_note.create"),
                                        QString::fromStdString(invoice.reason), nullptr, toJson(invoice));
        !status)
        return status.error();
    return invoice;
}

core::Result<Invoice> InvoiceService::invoiceDeliveries(const QStringList& deliveryNumbers, std::optional<core::Date> date)
{
    if (deliveryNumbers.isEmpty())
        return Error(ErrorCode::MissingField).inField("deliveries");
    return guardStore([&]() -> core::Result<Invoice> {
        SalesTransaction tx(m_ws);
        if (!tx.status())
            return tx.status().error();
        store::SalesRepository sales(m_ws.db());
        Invoice invoice;
        invoice.issueDate = date.value_or(m_ws.clock().today());
        std::vector<core::Delivery> deliveries;
        std::vector<core::Order> orders;
        std::set<qint64> orderIds;
        for (const QString& number : deliveryNumbers) {
            auto d = sales.deliveryByNumber(number.trimmed().toUpper());
            if (!d)
                return Error(ErrorCode::NotFound, {number.toStdString()}).inField("delivery");
            if (d->invoiceId || std::ranges::any_of(deliveries, [&](const auto& x) { return x.id == d->id; }))
                return Error(ErrorCode::AlreadyExists, {d->number, "invoice"}).inField("delivery");
            auto order = sales.order(d->orderId);
            if (!deliveries.empty() && order->clientId != invoice.clientId)
                return Error(ErrorCode::NotSameClient, {deliveries.front().number, d->number}).inField("deliveries");
            invoice.clientId = order->clientId;
            for (const core::DocumentLine& item : core::deliveredItems(*order, *d))
                invoice.lines.push_back(item);
            if (orderIds.insert(order->id).second) {
                invoice.orderNumbers.push_back(order->number);
                orders.push_back(*order);
            }
            invoice.deliveryNumbers.push_back(d->number);
            deliveries.push_back(std::move(*d));
        }
        const core::Order& first = orders.front();
        invoice.terms = first.terms;
        invoice.dueDate = invoice.terms.dueDate(invoice.issueDate);
        invoice.deliveryAddress = first.deliveryAddress;
        QStringList references;
        for (const core::Order& o : orders)
            if (!o.clientReference.empty() && !references.contains(QString::fromStdString(o.clientReference)))
                references << QString::fromStdString(o.clientReference);
        invoice.clientReference = references.join(QStringLiteral(", ")).toStdString();
        const auto lastDelivery = std::ranges::max(deliveries, {}, &core::Delivery::date).date;
        if (invoice.issueDate < lastDelivery)
            return Error(ErrorCode::DateTooEarly, {invoice.issueDate.toIso(), lastDelivery.toIso()}).inField("date");
        if (lastDelivery != invoice.issueDate)
            invoice.deliveryDate = lastDelivery;
        invoice.penaltyRate = penaltyRate(SharedSettings(m_ws).seller(), invoice.issueDate);
        auto posted = post(std::move(invoice), std::nullopt);
        if (!posted)
            return posted.error();
        for (const core::Delivery& d : deliveries)
            if (auto status = sales.setDeliveryInvoice(d.id, posted->id); !status)
                return status.error();
        receivables::LedgerEntry entry;
        entry.kind = receivables::EntryKind::Invoice;
        entry.journal = "VE";
        entry.date = posted->issueDate;
        entry.piece = posted->number;
        entry.label = "Facture " + posted->number;
        entry.debit = posted->totals.gross;
        entry.dueDate = posted->dueDate;
        store::LedgerRepository ledger(m_ws.db());
        auto entryId = ledger.addEntry(posted->clientId, entry, store::EntrySource::ofInvoice(posted->id), m_ws.stamp());
        if (!entryId)
            return entryId.error();
        auto deposits = applyDeposits(m_ws, orderIds, *entryId, posted->totals.gross, posted->issueDate);
        if (!deposits)
            return deposits.error();
        Invoice issued = *posted;
        issued.depositsApplied = *deposits;
        for (qint64 orderId : orderIds) {
            auto order = sales.order(orderId);
            const auto all = sales.deliveriesOfOrder(orderId);
            const bool allInvoiced = std::ranges::all_of(all, [](const core::Delivery& d) { return d.invoiceId.has_value(); });
            if (order->status == core::OrderStatus::Cancelled)
                continue;
            order->status = core::progressStatus(*order, allInvoiced);
            if (auto status = sales.updateOrderState(*order, {}, {}, {}); !status)
                return status.error();
        }
        if (auto status = tx.commit(); !status)
            return status.error();
        emit m_ws.notifier().salesChanged(issued.clientId);
        return issued;
    });
}

core::Result<Invoice> InvoiceService::creditNote(const QString& invoiceNumber, std::optional<Money> amount,
                                                 const QString& reason, std::optional<core::Date> date)
{
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::ReasonRequired);
    return guardStore([&]() -> core::Result<Invoice> {
        SalesTransaction tx(m_ws);
        if (!tx.status())
            return tx.status().error();
        auto credited = documentOf(m_ws, invoiceNumber);
        if (!credited)
            return Error(ErrorCode::NotFound, {invoiceNumber.toStdString()}).inField("invoice");
        const Invoice& original = credited->invoice;
        if (original.kind != core::InvoiceKind::Invoice)
            return Error(ErrorCode::InvalidTransition, {"credit_note", "credit_note"}).inField("invoice");
        store::InvoiceRepository invoices(m_ws.db());
        const Money remaining = original.totals.gross - invoices.creditedTotal(original.id);
        if (amount && *amount > remaining)
            return Error(ErrorCode::TotalMismatch, {amount->toString(), remaining.toString()}).inField("amount");
        if (!remaining.isPositive())
            return Error(ErrorCode::TotalMismatch, {Money().toString(), remaining.toString()}).inField("amount");
        // After an earlier partial credit, "all of it" means what remains.
        const std::optional<Money> asked = amount ? amount : (remaining < original.totals.gross ? std::optional(remaining) : std::nullopt);
        const std::string label = "Avoir sur facture " + original.number + " : " + reason.trimmed().toStdString();
        auto lines = core::creditNoteLines(original.lines, asked, label);
        if (!lines)
            return lines.error();
        Invoice note;
        note.kind = core::InvoiceKind::CreditNote;
        note.clientId = original.clientId;
        note.issueDate = date.value_or(m_ws.clock().today());
        if (note.issueDate < original.issueDate)
            return Error(ErrorCode::DateTooEarly, {note.issueDate.toIso(), original.issueDate.toIso()}).inField("date");
        note.dueDate = note.issueDate;
        note.terms = original.terms;
        note.lines = std::move(*lines);
        note.clientReference = original.clientReference;
        note.creditedInvoice = original.number;
        note.reason = reason.trimmed().toStdString();
        note.penaltyRate = original.penaltyRate;
        note.deliveryAddress = original.deliveryAddress;
        auto posted = post(std::move(note), original.id);
        if (!posted)
            return posted.error();
        store::LedgerRepository ledger(m_ws.db());
        receivables::LedgerEntry entry;
        entry.kind = receivables::EntryKind::CreditNote;
        entry.journal = "VE";
        entry.date = posted->issueDate;
        entry.piece = posted->number;
        entry.label = "Avoir " + posted->number + " / " + original.number;
        entry.credit = posted->totals.gross;
        auto entryId = ledger.addEntry(posted->clientId, entry, store::EntrySource::ofInvoice(posted->id), m_ws.stamp());
        if (!entryId)
            return entryId.error();
        // The credit note settles its invoice as far as the invoice is still open.
        if (auto invoiceEntry = ledger.entryOfInvoice(original.id)) {
            const Money open =
                receivables::openAmount(*invoiceEntry, ledger.allocationsOf(posted->clientId), posted->issueDate);
            const Money used = std::min(open, posted->totals.gross);
            if (used.isPositive())
                if (auto status = ledger.addAllocation({invoiceEntry->id, *entryId, used, posted->issueDate}, m_ws.stamp());
                    !status)
                    return status.error();
        }
        if (auto status = tx.commit(); !status)
            return status.error();
        emit m_ws.notifier().salesChanged(posted->clientId);
        return *posted;
    });
}

core::Result<store::PostedInvoice> InvoiceService::find(const QString& number)
{
    return guardStore([&]() -> core::Result<store::PostedInvoice> {
        auto found = documentOf(m_ws, number);
        if (!found)
            return Error(ErrorCode::NotFound, {number.toStdString()}).inField("invoice");
        return *found;
    });
}

std::vector<Invoice> InvoiceService::invoicesOf(qint64 clientId)
{
    return store::InvoiceRepository(m_ws.db()).invoicesOf(clientId);
}

Money InvoiceService::openAmount(const Invoice& invoice)
{
    store::LedgerRepository ledger(m_ws.db());
    auto entry = ledger.entryOfInvoice(invoice.id);
    if (!entry)
        return {};
    const Money open = receivables::openAmount(*entry, ledger.allocationsOf(invoice.clientId), m_ws.clock().today());
    // What a credit note has not yet settled is owed to the client, not by it.
    return invoice.kind == core::InvoiceKind::CreditNote ? -open : open;
}

core::Result<QString> InvoiceService::html(const QString& number)
{
    auto found = find(number);
    if (!found)
        return found.error();
    const core::SellerIdentity seller = sellerFromJson(json::parse(found->sellerJson.toStdString(), nullptr, false));
    const core::ClientFile buyer = buyerFromJson(json::parse(found->buyerJson.toStdString(), nullptr, false));
    core::Invoice invoice = found->invoice;
    invoice.depositsApplied = depositsApplied(m_ws, invoice);
    return SalesDocuments::invoiceHtml(invoice, seller, buyer);
}

Status InvoiceService::writePdf(const QString& number, const QString& path)
{
    auto document = html(number);
    if (!document)
        return document.error();
    return app::writePdf(*document, path, QString::fromStdString(find(number)->invoice.number));
}

} // namespace pc::app
