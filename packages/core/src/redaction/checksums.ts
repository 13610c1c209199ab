/** Luhn check over a string of digits (payment cards). */
export function luhnValid(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (d < 0 || d > 9) return false
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

/**
 * A card number: 13–19 digits, a prefix some card network issues (so 13-digit millisecond
 * timestamps and most numeric ids are not taken for cards) and a valid Luhn checksum.
 */
export function isCardNumber(digits: string): boolean {
  const n = digits.length
  if (n < 13 || n > 19) return false
  if (!issuerPrefix(digits, n)) return false
  return luhnValid(digits)
}

function issuerPrefix(d: string, n: number): boolean {
  const p2 = Number(d.slice(0, 2))
  const p3 = Number(d.slice(0, 3))
  const p4 = Number(d.slice(0, 4))
  const p6 = Number(d.slice(0, 6))
  if (d[0] === '4') return n === 13 || n === 16 || n === 19 // Visa
  if (p2 >= 51 && p2 <= 55) return n === 16 // Mastercard
  if (p4 >= 2221 && p4 <= 2720) return n === 16 // Mastercard 2-series
  if (p2 === 34 || p2 === 37) return n === 15 // Amex
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return n >= 16 // Discover
  if (p6 >= 622126 && p6 <= 622925) return n >= 16 // Discover/UnionPay co-brand
  if (p2 === 62) return n >= 16 // UnionPay
  if (p2 === 36 || p2 === 38 || p2 === 39 || (p3 >= 300 && p3 <= 305)) return n >= 14 // Diners
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 // JCB
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 13 // Maestro
  return false
}

/** IBAN length per country (ISO 13616 registry). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27,
  GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27,
  MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25,
  QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
}

/** An IBAN (spaces removed): known country, its length, and the ISO 7064 mod-97 check. */
export function isIban(compact: string): boolean {
  const length = IBAN_LENGTHS[compact.slice(0, 2)]
  if (length === undefined || compact.length !== length) return false
  const rearranged = compact.slice(4) + compact.slice(0, 4)
  let remainder = 0
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i)
    if (c >= 48 && c <= 57) remainder = (remainder * 10 + (c - 48)) % 97
    else if (c >= 65 && c <= 90) remainder = (remainder * 100 + (c - 55)) % 97
    else return false
  }
  return remainder === 1
}
