/** Dashboards, indicators for governors, headquarters and donors, and exports. */
package org.bagyt.reporting;
