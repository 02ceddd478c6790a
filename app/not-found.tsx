import { RootStatusPage } from '@/components/shell/root-status-page';

export default function RootNotFound() {
  return <RootStatusPage status={404} />;
}
