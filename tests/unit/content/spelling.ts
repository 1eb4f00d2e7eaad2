/**
 * British spellings the guide must not use (it is written in US English). Each pattern matches the
 * British form only, so the US form never trips it; words quoted from a source's title are the
 * one exception, and they are rare enough to list here when they occur.
 */
const BRITISH: RegExp[] = [
	/\b(?:colour|behaviour|favour|honour|labour|neighbour|endeavour|rumour|harbour)(?:s|ed|ing|able|ite|ites)?\b/gi,
	/\b(?:centre|theatre|metre|litre|fibre)s?\b/gi,
	/\b(?:catalogue|dialogue|analogue|programme)s?\b/gi,
	/\b(?:organis|recognis|prioritis|minimis|maximis|summaris|emphasis|realis|apologis|authoris|categoris|characteris|customis|finalis|formalis|harmonis|initialis|itemis|memoris|normalis|optimis|standardis|utilis|visualis)(?:e|es|ed|ing|ation|ations)\b/gi,
	/\b(?:analys|paralys)(?:e|es|ed|ing)\b/gi,
	/\b(?:defence|offence|licence|pretence)s?\b/gi,
	/\b(?:modell|travell|cancell|labell|signall|totall|fuell)(?:ed|ing|er|ers)\b/gi,
	/\b(?:judgement|acknowledgement|ageing|artefact|enrolment|fulfilment|instalment|manoeuvre|aluminium|cheque|grey|sceptic(?:al)?|whilst|amongst)s?\b/gi,
];

/** The British spellings found in a text, each with a little context. */
export function britishSpellings(text: string): string[] {
	const found: string[] = [];
	for (const re of BRITISH) {
		for (const m of text.matchAll(re)) {
			const i = m.index ?? 0;
			found.push(`${m[0]}: …${text.slice(Math.max(0, i - 40), i + m[0].length + 20).replace(/\s+/g, ' ')}…`);
		}
	}
	return found;
}
