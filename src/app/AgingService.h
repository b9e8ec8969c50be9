#pragma once

#include "core/Date.h"
#include "receivables/AgedBalance.h"

#include <QtGlobal>

#include <string>
#include <vector>

namespace pc::app {

class Workspace;

struct AgedClient {
    qint64 companyId = 0;
    std::string siren;
    std::string name;
    receivables::AgingRow row;
};

struct AgedBalanceView {
    core::Date asOf;
    receivables::AgingBasis basis = receivables::AgingBasis::DueDate;
    std::vector<std::string> labels;
    std::vector<AgedClient> clients; // by SIREN
    receivables::AgingRow total;
};

// Stage 9: the aged balance of every client as of a day, disputed amounts apart.
class AgingService {
public:
    explicit AgingService(Workspace& workspace) : m_ws(workspace) {}

    AgedBalanceView agedBalance(core::Date asOf, receivables::AgingBasis basis,
                                const receivables::AgingBuckets& buckets);

private:
    Workspace& m_ws;
};

} // namespace pc::app
