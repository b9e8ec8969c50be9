// posteclient-bench: the performance figures of the issue, each beside its baseline.
//
//   posteclient-bench [--scale default|small] [--json FILE] [--workdir DIR]
//                     [--only lettering|fec] [--keep]
//
// Prints a summary for a person on stdout and the results as JSON (to FILE, or after
// the summary). Stores and files go to DIR (default: ./bench-work), on the disk
// measured. bench/run builds in Release and runs it.

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

using namespace pc::bench;

namespace {

void usage()
{
    std::cerr << "usage: posteclient-bench [--scale default|small] [--json FILE] [--workdir DIR] "
                 "[--only lettering|fec] [--keep]\n";
}

std::string pad(std::string text, std::size_t width)
{
    // Width in characters of UTF-8 text, for the columns.
    std::size_t chars = 0;
    for (const char c : text)
        chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    if (chars < width)
        text.append(width - chars, ' ');
    return text;
}

void printSummary(const BenchContext& context, const nlohmann::json& machine)
{
    std::cout << "\nPosteClient benchmarks, scale " << context.scale.name << " — " << machine.value("cpu", "")
              << ", " << machine.value("logical_cpus", 0) << " CPUs, " << machine.value("memory", "") << ", "
              << machine.value("build_type", "") << ", load at start " << machine.value("load_average_at_start", "")
              << "\n\n";
    for (const Figure& f : context.figures) {
        char ratio[32];
        std::snprintf(ratio, sizeof ratio, "%.2f", f.ratio());
        std::string verdict;
        if (f.hasTarget()) {
            char target[32];
            std::snprintf(target, sizeof target, "%.2g", f.targetRatio);
            verdict = std::string("target <= ") + target + (f.met() ? "  met" : "  MISSED");
        }
        std::cout << "  " << f.title << "\n    " << pad(seconds(f.seconds), 12) << "baseline "
                  << pad(seconds(f.baselineSeconds), 12) << "(" << f.baselineTitle << ")  ratio " << ratio << "  "
                  << verdict << "\n";
    }
    std::cout << std::endl;
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
        } else if (arg == "--keep") {
            context.keepFiles = true;
        } else {
            usage();
            return 64;
        }
    }
    if (context.scale.name == "small") {
        context.scale.clients = 2'000;
    } else if (context.scale.name != "default") {
        usage();
        return 64;
    }
    if (!only.empty() && only != "lettering" && only != "fec") {
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
    } catch (const std::exception& e) {
        std::cerr << "posteclient-bench: " << e.what() << "\n";
        return 1;
    }

    nlohmann::json results = {{"scale", context.scale.name},
                              {"clients", context.scale.clients},
                              {"seed", context.scale.seed},
                              {"machine", machine},
                              {"work_dir", context.workDir.toStdString()},
                              {"figures", nlohmann::json::array()}};
    for (const Figure& f : context.figures)
        results["figures"].push_back(f.toJson());

    printSummary(context, machine);
    if (jsonPath.empty()) {
        std::cout << results.dump(2) << std::endl;
    } else {
        std::ofstream out(jsonPath);
        out << results.dump(2) << "\n";
        if (!out) {
            std::cerr << "cannot write " << jsonPath << "\n";
            return 1;
        }
        std::cout << "results written to " << jsonPath << std::endl;
    }
    return 0;
}
