#include "core/CountryCodes.h"

namespace pc::core {

bool isIsoCountryCode(std::string_view code)
{
    // Two letters each, in alphabetical order.
    static constexpr std::string_view kCodes =
        "ADAEAFAGAIALAMAOAQARASATAUAWAXAZ"
        "BABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ"
        "CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZ"
        "DEDJDKDMDODZ"
        "ECEEEGEHERESET"
        "FIFJFKFMFOFR"
        "GAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGY"
        "HKHMHNHRHTHU"
        "IDIEILIMINIOIQIRISIT"
        "JEJMJOJP"
        "KEKGKHKIKMKNKPKRKWKYKZ"
        "LALBLCLILKLRLSLTLULVLY"
        "MAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZ"
        "NANCNENFNGNINLNONPNRNUNZ"
        "OM"
        "PAPEPFPGPHPKPLPMPNPRPSPTPWPY"
        "QA"
        "RERORSRURW"
        "SASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZ"
        "TCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZ"
        "UAUGUMUSUYUZ"
        "VAVCVEVGVIVNVU"
        "WFWS"
        "XK"
        "YEYT"
        "ZAZMZW";
    if (code.size() != 2)
        return false;
    for (std::size_t i = 0; i + 1 < kCodes.size(); i += 2) {
        if (kCodes.substr(i, 2) == code)
            return true;
    }
    return false;
}

} // namespace pc::core
