'use client';

import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

function Ready() {
  const { data } = useQuery({ queryKey: ['ready'], queryFn: async () => 'ready' });
  return <button type="button">{data ?? 'loading'}</button>;
}

export function Client() {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <Ready />
    </QueryClientProvider>
  );
}
