'use client';

import { SelectField } from '@/components/ui/select-field';
import type { ServiceTierSetting } from '@/lib/store/settings-slice';
import { usePaneSettings, useSetParameter } from './pane-context';

const DESCRIPTIONS: Record<ServiceTierSetting, string> = {
  '': 'Not sent: Groq serves the request on on_demand.',
  auto: 'The best tier available to your organization.',
  on_demand: 'The default tier.',
  flex: 'Paid plans: higher limits, but fails fast with 498 when flex capacity is full.',
  performance: 'Enterprise only.',
};

/** Service Tier: which Groq capacity serves the request (`service_tier`). */
export function ServiceTierSelect() {
  const tier = usePaneSettings((p) => p.serviceTier);
  const setParameter = useSetParameter();
  return (
    <SelectField<ServiceTierSetting>
      label="Service Tier"
      value={tier}
      options={[
        { value: '', label: 'default' },
        { value: 'auto', label: 'auto' },
        { value: 'on_demand', label: 'on_demand' },
        { value: 'flex', label: 'flex' },
        { value: 'performance', label: 'performance' },
      ]}
      onChange={(value) => setParameter('serviceTier', value)}
      description={DESCRIPTIONS[tier]}
    />
  );
}
