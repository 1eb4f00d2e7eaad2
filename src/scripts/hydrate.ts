/**
 * Hydrates a React component that Astro prerendered without a client directive: the host element
 * holds the component's markup and, in data-props, the props it was rendered with (JSON).
 *
 * Astro's own islands (client:load) hydrate through a 4.4 KB script that Astro inlines into every
 * page that has one, where no cache can keep it. The estimator, the heaviest tool page, hydrates
 * through this module instead, which the browser caches. Like Astro's React renderer, it hydrates
 * inside a transition, so a long first render yields to input. The component must not call useId:
 * the prerender's identifier prefix is not known here.
 */
import { createElement, startTransition, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';

export function hydrate<P extends object>(
	host: HTMLElement | null,
	Component: ComponentType<P>,
): void {
	const props = host?.dataset['props'];
	if (!host || props === undefined) return;
	startTransition(() => {
		hydrateRoot(host, createElement(Component, JSON.parse(props) as P));
	});
}
