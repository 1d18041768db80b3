/** The estate: facilities, units and cells, with beds and floor area so that overcrowding is visible. */
package org.bagyt.estate;
