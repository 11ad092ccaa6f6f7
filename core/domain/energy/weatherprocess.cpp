// SPDX-License-Identifier: MIT
#include "domain/energy/weatherprocess.h"

#include "domain/energy/jejucalibration.h"

#include <cmath>
#include <numbers>

namespace et::domain::energy {

namespace {
constexpr double kPi = std::numbers::pi;
constexpr qint64 kHour = 3600;

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

/// (1, 0) at the start of the year; the phase of a yearly cycle.
double yearAngle(int dayOfYear)
{
    return 2.0 * kPi * (dayOfYear - 1) / 365.25;
}

struct KstClock
{
    int dayOfYear;
    double hour;
};

KstClock kstOf(const QDateTime &utc)
{
    const QDateTime kst = utc.toUTC().addSecs(9 * kHour); // Korea Standard Time, no DST
    return {kst.date().dayOfYear(), kst.time().msecsSinceStartOfDay() / 3600000.0};
}

// Streams: one per noise, and one family for each forecast issue hour.
enum Stream : quint64 {
    WindSynoptic = 1, WindMeso, WindHourly, CloudSynoptic, CloudMeso, CloudHourly, TempSynoptic,
    ForecastWind = 101, ForecastCloud, ForecastTemp,
};
} // namespace

Weather WeatherOutlook::atQuantile(double z) const
{
    Weather w;
    w.windSpeedMs = expected.windSpeedMs * std::exp(z * windLogSigma);
    const double cloud = std::clamp(expected.cloudCover, 1e-6, 1.0 - 1e-6);
    w.cloudCover = logistic(std::log(cloud / (1.0 - cloud)) + z * cloudLogitSigma);
    w.temperatureC = expected.temperatureC + z * temperatureSigmaC;
    return w;
}

WeatherProcess::WeatherProcess(quint64 seed)
    : m_seed(seed),
      m_windSynoptic(seed, WindSynoptic, 72 * kHour), m_windMeso(seed, WindMeso, 6 * kHour),
      m_windHourly(seed, WindHourly, kHour), m_cloudSynoptic(seed, CloudSynoptic, 72 * kHour),
      m_cloudMeso(seed, CloudMeso, 6 * kHour), m_cloudHourly(seed, CloudHourly, kHour),
      m_tempSynoptic(seed, TempSynoptic, 72 * kHour)
{
}

double WeatherProcess::climateWindMs(int dayOfYear, double hourKst)
{
    // Calibrated to KPX's 2025 wind (JejuCalibration): the winter monsoon strongest in February,
    // summer weakest, a little more wind in the evening.
    return JejuCalibration::windClimate().meanAt(dayOfYear, hourKst);
}

double WeatherProcess::climateCloudLogit(int dayOfYear)
{
    // Calibrated: the monthly mean logit whose cloud gives, through Kasten & Czeplak and this
    // process's spread, the clear-sky index of KPX's 2025 solar (JejuCalibration).
    return JejuCalibration::cloudLogitForDayOfYear(dayOfYear);
}

double WeatherProcess::windLogSpread()
{
    return std::sqrt((kWindSynoptic * kWindSynoptic + kWindMeso * kWindMeso + kWindHourly * kWindHourly) * kNoiseVarianceFactor);
}

double WeatherProcess::cloudLogitSpread()
{
    return std::sqrt((kCloudSynoptic * kCloudSynoptic + kCloudMeso * kCloudMeso + kCloudHourly * kCloudHourly) * kNoiseVarianceFactor);
}

double WeatherProcess::temperatureSpreadC()
{
    return kTemperatureSynoptic * std::sqrt(kNoiseVarianceFactor);
}

WeatherOutlook WeatherProcess::climateOutlook(const QDateTime &utc)
{
    const KstClock k = kstOf(utc);
    WeatherOutlook o;
    o.expected.windSpeedMs = climateWindMs(k.dayOfYear, k.hour) * std::exp(kWindLogMeanOffset);
    o.expected.cloudCover = logistic(climateCloudLogit(k.dayOfYear));
    o.expected.temperatureC = climateTemperatureC(k.dayOfYear, k.hour);
    o.windLogSigma = windLogSpread();
    o.cloudLogitSigma = cloudLogitSpread();
    o.temperatureSigmaC = temperatureSpreadC();
    return o;
}

double WeatherProcess::climateTemperatureC(int dayOfYear, double hourKst)
{
    // Jeju City: ~6 °C in late January, ~27 °C in early August; warmest at 14:00, ±3.5 °C.
    const double seasonal = 16.5 - 10.5 * std::cos(yearAngle(dayOfYear) - yearAngle(28));
    return seasonal + 3.5 * std::cos(2.0 * kPi * (hourKst - 14.0) / 24.0);
}

Weather WeatherProcess::at(const QDateTime &utc) const
{
    const qint64 s = utc.toSecsSinceEpoch();
    const KstClock k = kstOf(utc);
    Weather w;
    // Log-normal wind around the climate: ~45 % variation on a 3-day scale, less below.
    const double windLog = kWindSynoptic * m_windSynoptic.at(s) + kWindMeso * m_windMeso.at(s) + kWindHourly * m_windHourly.at(s);
    w.windSpeedMs = climateWindMs(k.dayOfYear, k.hour) * std::exp(windLog + kWindLogMeanOffset);
    const double cloudLogit = climateCloudLogit(k.dayOfYear) + kCloudSynoptic * m_cloudSynoptic.at(s)
                              + kCloudMeso * m_cloudMeso.at(s) + kCloudHourly * m_cloudHourly.at(s);
    w.cloudCover = logistic(cloudLogit);
    w.temperatureC = climateTemperatureC(k.dayOfYear, k.hour) + kTemperatureSynoptic * m_tempSynoptic.at(s);
    return w;
}

WeatherProcess::Sigma WeatherProcess::sigmaAtLead(double leadHours)
{
    // Errors grow quickly over the first two days and level off towards the climate's own
    // spread; at 24 h about 20 % in wind speed, at 7 days about 40 %.
    const double lead = std::max(0.0, leadHours);
    return {0.06 + 0.36 * (1.0 - std::exp(-lead / 48.0)), 0.25 + 1.30 * (1.0 - std::exp(-lead / 36.0)),
            0.5 + 2.0 * (1.0 - std::exp(-lead / 72.0))};
}

WeatherOutlook WeatherProcess::forecast(const QDateTime &issued, const QDateTime &target) const
{
    const qint64 issueHour = issued.toSecsSinceEpoch() / kHour;
    const qint64 t = target.toSecsSinceEpoch();
    const double lead = std::max<qint64>(0, t - issueHour * kHour) / 3600.0;
    const Sigma sigma = sigmaAtLead(lead);
    // This issue's errors: smooth over the target time, fixed for the issue hour.
    const quint64 issue = SmoothNoise::mix(m_seed, quint64(issueHour));
    const double windError = SmoothNoise(issue, ForecastWind, 6 * kHour).at(t);
    const double cloudError = SmoothNoise(issue, ForecastCloud, 6 * kHour).at(t);
    const double tempError = SmoothNoise(issue, ForecastTemp, 12 * kHour).at(t);

    const Weather truth = at(target);
    WeatherOutlook o;
    o.windLogSigma = sigma.windLog;
    o.cloudLogitSigma = sigma.cloudLogit;
    o.temperatureSigmaC = sigma.temperatureC;
    o.expected.windSpeedMs = truth.windSpeedMs * std::exp(windError * sigma.windLog);
    const double cloud = std::clamp(truth.cloudCover, 1e-6, 1.0 - 1e-6);
    o.expected.cloudCover = logistic(std::log(cloud / (1.0 - cloud)) + cloudError * sigma.cloudLogit);
    o.expected.temperatureC = truth.temperatureC + tempError * sigma.temperatureC;
    return o;
}

} // namespace et::domain::energy
