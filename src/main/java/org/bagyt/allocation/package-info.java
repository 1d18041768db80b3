/** Classification, separation rules, keep-apart pairs and placement proposals from a constraint solver. */
package org.bagyt.allocation;
