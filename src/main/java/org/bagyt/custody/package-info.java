/** Admissions, movements, transfers, releases and segregation episodes. */
package org.bagyt.custody;
