/** Campaign parameters that pass through the estimator untouched (the visit's attribution). */
export const ATTRIBUTION_KEYS = [
	'utm_source',
	'utm_medium',
	'utm_campaign',
	'utm_term',
	'utm_content',
	'gclid',
	'fbclid',
	'msclkid',
	'li_fat_id',
] as const;
