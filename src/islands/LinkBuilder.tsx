/**
 * The campaign link builder for marketers: pick a page and section, fill in the UTM tags, copy the
 * link and see the share preview. A thin view over src/lib/campaign/link-builder.ts.
 */
import { useEffect, useId, useState } from 'react';
import {
	buildCampaignLink,
	COMMON_MEDIUMS,
	describeMissing,
	UTM_FIELDS,
	type UtmKey,
	type UtmValues,
} from '../lib/campaign/link-builder';

/** A page marketers can link to. */
export interface LinkPage {
	/** Site path without the base. */
	path: string;
	title: string;
	description: string;
	/** Base-aware path of the page's share image, for the preview. */
	image: string;
	group: string;
	sections: { id: string; text: string; depth: number }[];
}

interface Props {
	/** Absolute URL of the site's home page (origin and base path). */
	siteRoot: string;
	pages: LinkPage[];
}

export default function LinkBuilder({ siteRoot, pages }: Props) {
	const uid = useId();
	const [path, setPath] = useState(pages[0]?.path ?? '/');
	const [section, setSection] = useState('');
	const [utm, setUtm] = useState<UtmValues>({});
	const [status, setStatus] = useState('');
	const page = pages.find((p) => p.path === path) ?? pages[0];
	const link = buildCampaignLink(siteRoot, { path, section }, utm);
	const groups = [...new Set(pages.map((p) => p.group))];
	const host = new URL(siteRoot).host;

	// A reader can use the prerendered form before the island hydrates; React keeps its own state
	// then, so the form would show one page while the link pointed at another. Take what they chose.
	useEffect(() => {
		const early = (id: string) =>
			(document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
		const chosen = early(`${uid}-page`);
		if (chosen !== path && pages.some((p) => p.path === chosen)) setPath(chosen);
		const typed: UtmValues = {};
		for (const field of UTM_FIELDS) {
			const value = early(`${uid}-${field.key}`);
			if (value) typed[field.key] = value;
		}
		if (Object.keys(typed).length > 0) setUtm(typed);
		// eslint-disable-next-line react-hooks/exhaustive-deps -- once, at hydration: later changes are React's own state
	}, []);

	const update = (key: UtmKey, value: string) => {
		setUtm((u) => ({ ...u, [key]: value }));
		setStatus('');
	};

	const copy = async () => {
		if (!link.url) return;
		try {
			await navigator.clipboard.writeText(link.url);
			setStatus('Link copied.');
		} catch {
			setStatus('Copying was blocked by the browser: select the link above and copy it.');
		}
	};

	return (
		<div className="link-builder">
			<div className="link-form">
				<fieldset>
					<legend>Where the link goes</legend>
					<div className="field">
						<label htmlFor={`${uid}-page`}>Chapter or page</label>
						<select
							id={`${uid}-page`}
							value={path}
							onChange={(e) => {
								setPath(e.target.value);
								setSection('');
								setStatus('');
							}}
						>
							{groups.map((g) => (
								<optgroup key={g} label={g}>
									{pages
										.filter((p) => p.group === g)
										.map((p) => (
											<option key={p.path} value={p.path}>
												{p.title}
											</option>
										))}
								</optgroup>
							))}
						</select>
					</div>
					<div className="field">
						<label htmlFor={`${uid}-section`}>Section (optional)</label>
						<select
							id={`${uid}-section`}
							value={section}
							disabled={!page || page.sections.length === 0}
							onChange={(e) => {
								setSection(e.target.value);
								setStatus('');
							}}
						>
							<option value="">Top of the page</option>
							{page?.sections.map((s) => (
								<option key={s.id} value={s.id}>
									{s.depth > 2 ? '– ' : ''}
									{s.text}
								</option>
							))}
						</select>
					</div>
				</fieldset>
				<fieldset>
					<legend>Campaign tags</legend>
					<p className="field-help">
						Use lower case and hyphens instead of spaces: analytics tools count “LinkedIn” and
						“linkedin” as two different sources. The builder fixes values as you type and says what
						it changed.
					</p>
					{UTM_FIELDS.map((field) => {
						const id = `${uid}-${field.key}`;
						const normalised = link.values[field.key];
						const raw = utm[field.key] ?? '';
						return (
							<div className="field" key={field.key}>
								<label htmlFor={id}>
									{field.label} <code>{field.key}</code>
									{field.required ? ' (required)' : ''}
								</label>
								<input
									id={id}
									type="text"
									value={raw}
									list={field.key === 'utm_medium' ? `${uid}-mediums` : undefined}
									aria-describedby={`${id}-hint${normalised.changes.length > 0 ? ` ${id}-note` : ''}`}
									onChange={(e) => update(field.key, e.target.value)}
								/>
								<p className="field-hint" id={`${id}-hint`}>
									{field.hint}
								</p>
								{normalised.changes.length > 0 && (
									<p className="field-note" id={`${id}-note`}>
										{normalised.value ? (
											<>
												Used as <code>{normalised.value}</code>: {normalised.changes.join(', ')}.
											</>
										) : (
											<>Nothing usable is left after removing characters links cannot carry.</>
										)}
									</p>
								)}
							</div>
						);
					})}
					<datalist id={`${uid}-mediums`}>
						{COMMON_MEDIUMS.map((m) => (
							<option key={m} value={m} />
						))}
					</datalist>
				</fieldset>
			</div>

			<section className="link-result" aria-labelledby={`${uid}-result`}>
				<h2 id={`${uid}-result`}>Your link</h2>
				{link.url ? (
					<>
						<p className="link-output">
							<output htmlFor={UTM_FIELDS.map((f) => `${uid}-${f.key}`).join(' ')}>
								<code>{link.url}</code>
							</output>
						</p>
						<button type="button" className="button" onClick={copy}>
							Copy link
						</button>
					</>
				) : (
					<p>Fill in {describeMissing(link.missing)} to get the link.</p>
				)}
				<p role="status" className="link-status">
					{status}
				</p>
			</section>

			{page && (
				<section className="link-preview" aria-labelledby={`${uid}-preview`}>
					<h2 id={`${uid}-preview`}>Share preview</h2>
					<p>
						How LinkedIn, X, Slack and most email apps show the link. They show the page’s card
						whichever section the link opens at.
					</p>
					<figure className="share-card">
						<img src={page.image} alt={`Share image: ${page.title}`} width={1200} height={630} />
						<figcaption>
							<span className="share-host">{host}</span>
							<strong className="share-title">{page.title}</strong>
							<span className="share-description">{page.description}</span>
						</figcaption>
					</figure>
				</section>
			)}
		</div>
	);
}
