/** Staff records, training and the accreditation that decides who may assess whom. */
package org.bagyt.staff;
