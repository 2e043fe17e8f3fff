# CPack: `cpack -G DEB` in the build directory makes an installable slaops_<version>_<arch>.deb.
# Runtime library dependencies (Qt, QtKeychain, yaml-cpp, ...) come from dpkg-shlibdeps (dpkg-dev).
set(SLAOPS_PACKAGE_MAINTAINER "slaops developers <slaops@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_PACKAGE_NAME slaops)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "slaops developers")
set(CPACK_PACKAGE_CONTACT "${SLAOPS_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/slaops/slaops")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "SLA operations console for Prometheus")
set(CPACK_PACKAGE_DESCRIPTION
"slaops shows live SLA compliance from Prometheus: every SLA of a profile file
(uptime, response-time quantiles, error rates in the built-in one), error
budgets and burn rates, per region, each against its target, with the query
and buckets behind each figure explained, and the alerts of every
Alertmanager merged, with escalation countdowns and acknowledgement by
silence. It scrapes the nodes directly while Prometheus is down and never
shows stale or unknown data as green. A
full-screen read-only mode serves war-room walls; headless commands serve
scripts and cron.")
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SLAOPS_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "prometheus, prometheus-alertmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-[^/]*/" "/\\\\.cache/" "\\\\.user$")

include(CPack)
