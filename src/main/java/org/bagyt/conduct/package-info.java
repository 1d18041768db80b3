/** Incidents, behaviour-based observations, visits and contacts, and the association network. */
package org.bagyt.conduct;
