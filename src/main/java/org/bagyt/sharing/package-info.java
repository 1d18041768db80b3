/** Partner agencies, information-sharing agreements, logged disclosures and the agency API. */
package org.bagyt.sharing;
