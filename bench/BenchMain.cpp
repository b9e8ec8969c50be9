// posteclient-bench: the performance figures of the issue, each beside its baseline.
//
//   posteclient-bench [--scale default|small] [--json FILE] [--workdir DIR]
//                     [--only lettering|fec|aging] [--keep] [--aging-store FILE]
//
// Prints a summary for a person on stdout and the results as JSON (to FILE, or after
// the summary). Stores and files go to DIR (default: ./bench-work), on the disk
// measured. bench/run builds in Release and runs it. The aged balance's store (1,000,000
// open entries) is written once and reused by later runs (AgingStore.h); --aging-store
// puts it elsewhere (posteclient-bench-dashboard reads the same one).

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>

#include <spdlog/spdlog.h>

#include <iostream>
#include <string>

using namespace pc::bench;

namespace {

void usage()
{
    std::cerr << "usage: posteclient-bench [--scale default|small] [--json FILE] [--workdir DIR] "
                 "[--only lettering|fec|aging] [--keep] [--aging-store FILE]\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);

    BenchContext context;
    context.scale.name = "default";
    context.workDir = QDir::current().filePath(QStringLiteral("bench-work"));
    std::string jsonPath;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage();
                std::exit(64);
            }
            return argv[++i];
        };
        if (arg == "--scale") {
            context.scale.name = value();
        } else if (arg == "--json") {
            jsonPath = value();
        } else if (arg == "--workdir") {
            context.workDir = QString::fromStdString(value());
        } else if (arg == "--only") {
            only = value();
        } else if (arg == "--aging-store") {
            context.agingStore = QString::fromStdString(value());
        } else if (arg == "--keep") {
            context.keepFiles = true;
        } else {
            usage();
            return 64;
        }
    }
    if (context.scale.name == "small") {
        context.scale.clients = 2'000;
        context.scale.agingClients = 2'000;
    } else if (context.scale.name != "default") {
        usage();
        return 64;
    }
    if (!only.empty() && only != "lettering" && only != "fec" && only != "aging") {
        usage();
        return 64;
    }
    if (!QDir().mkpath(context.workDir)) {
        std::cerr << "cannot create " << context.workDir.toStdString() << "\n";
        return 1;
    }

    const nlohmann::json machine = machineJson();
    try {
        if (only.empty() || only == "lettering")
            runLetteringBench(context);
        if (only.empty() || only == "fec")
            runFecImportBench(context);
        if (only.empty() || only == "aging")
            runAgingBench(context);
    } catch (const std::exception& e) {
        std::cerr << "posteclient-bench: " << e.what() << "\n";
        return 1;
    }

    return report(context, machine, jsonPath) ? 0 : 1;
}
